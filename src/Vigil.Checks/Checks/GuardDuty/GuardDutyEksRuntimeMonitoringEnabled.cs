using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyEksRuntimeMonitoringEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-eks-runtime-monitoring-enabled",
        Title = "GuardDuty EKS Runtime Monitoring with automated agent management is enabled in every region",
        Severity = Severity.Medium,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without EKS Runtime Monitoring and its managed security agent add-on, containers in EKS clusters run without GuardDuty runtime visibility, so container escapes and malicious processes go undetected.",
        Remediation = EnableFeature(
            "Enable Runtime Monitoring on the GuardDuty detector of every region with automated agent management for Amazon EKS (EKS_ADDON_MANAGEMENT).",
            "RUNTIME_MONITORING", "EKS_ADDON_MANAGEMENT",
            "https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html"),
    };

    protected override string Plan => "EKS Runtime Monitoring with automated agent management";

    protected override IReadOnlyList<string> Features => ["RUNTIME_MONITORING", "EKS_RUNTIME_MONITORING"];

    protected override string? AdditionalConfiguration => "EKS_ADDON_MANAGEMENT";
}
