using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyRuntimeMonitoringEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-runtime-monitoring-enabled",
        Title = "GuardDuty Runtime Monitoring is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without Runtime Monitoring GuardDuty sees no operating-system events (processes, file access, network connections) on instances and containers, so runtime threats such as reverse shells and privilege escalation go undetected.",
        Remediation = EnableFeature(
            "Enable the Runtime Monitoring plan on the GuardDuty detector of every region and turn on automated agent management for the workloads you run.",
            "RUNTIME_MONITORING", null,
            "https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html"),
    };

    protected override string Plan => "Runtime Monitoring";

    protected override IReadOnlyList<string> Features => ["RUNTIME_MONITORING"];
}
