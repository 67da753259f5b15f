using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyEksAuditLogMonitoringEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-eks-audit-log-monitoring-enabled",
        Title = "GuardDuty EKS Audit Log Monitoring is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without EKS Audit Log Monitoring GuardDuty does not analyse Kubernetes audit logs, so anonymous access, privileged pod creation and credential abuse inside EKS clusters go undetected.",
        Remediation = EnableFeature(
            "Enable the EKS Protection plan (EKS audit logs) on the GuardDuty detector of every region.",
            "EKS_AUDIT_LOGS", null,
            "https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html"),
    };

    protected override string Plan => "EKS Audit Log Monitoring";

    protected override IReadOnlyList<string> Features => ["EKS_AUDIT_LOGS"];
}
