namespace Vigil.Core.Checks;

public enum Domain
{
    Identity,
    DataProtection,
    Network,
    LoggingMonitoring,
    VulnerabilityPatching,
    Resilience,
    Governance,
}
