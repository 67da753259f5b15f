using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyEcsRuntimeMonitoringEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-ecs-runtime-monitoring-enabled",
        Title = "GuardDuty ECS Runtime Monitoring with automated agent management is enabled in every region",
        Severity = Severity.Medium,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without ECS Runtime Monitoring and its managed agent for Fargate, ECS tasks run without GuardDuty runtime visibility, so malicious processes and suspicious connections in containers go undetected.",
        Remediation = EnableFeature(
            "Enable Runtime Monitoring on the GuardDuty detector of every region with automated agent management for AWS Fargate (ECS only) (ECS_FARGATE_AGENT_MANAGEMENT).",
            "RUNTIME_MONITORING", "ECS_FARGATE_AGENT_MANAGEMENT",
            "https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html"),
    };

    protected override string Plan => "ECS Runtime Monitoring with automated agent management";

    protected override IReadOnlyList<string> Features => ["RUNTIME_MONITORING"];

    protected override string? AdditionalConfiguration => "ECS_FARGATE_AGENT_MANAGEMENT";
}
