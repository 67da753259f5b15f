using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyRdsProtectionEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-rds-protection-enabled",
        Title = "GuardDuty RDS Protection is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without RDS Protection GuardDuty does not profile Aurora login activity, so brute-force attempts and logins with stolen database credentials go undetected.",
        Remediation = EnableFeature(
            "Enable the RDS Protection plan (RDS login events) on the GuardDuty detector of every region.",
            "RDS_LOGIN_EVENTS", null,
            "https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html"),
    };

    protected override string Plan => "RDS Protection";

    protected override IReadOnlyList<string> Features => ["RDS_LOGIN_EVENTS"];
}
