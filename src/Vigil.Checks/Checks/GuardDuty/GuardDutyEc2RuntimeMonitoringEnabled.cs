using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyEc2RuntimeMonitoringEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-ec2-runtime-monitoring-enabled",
        Title = "GuardDuty EC2 Runtime Monitoring with automated agent management is enabled in every region",
        Severity = Severity.Medium,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without EC2 Runtime Monitoring and its managed security agent, instances run without GuardDuty runtime visibility, so reverse shells, privilege escalation and malicious processes on them go undetected.",
        Remediation = EnableFeature(
            "Enable Runtime Monitoring on the GuardDuty detector of every region with automated agent management for Amazon EC2 (EC2_AGENT_MANAGEMENT), delivered through Systems Manager.",
            "RUNTIME_MONITORING", "EC2_AGENT_MANAGEMENT",
            "https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html"),
    };

    protected override string Plan => "EC2 Runtime Monitoring with automated agent management";

    protected override IReadOnlyList<string> Features => ["RUNTIME_MONITORING"];

    protected override string? AdditionalConfiguration => "EC2_AGENT_MANAGEMENT";
}
