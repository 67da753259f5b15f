using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyS3ProtectionEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-s3-protection-enabled",
        Title = "GuardDuty S3 Protection is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without S3 Protection GuardDuty does not analyse S3 data events, so suspicious object access, such as bulk downloads from an unusual location or with stolen credentials, goes undetected.",
        Remediation = EnableFeature(
            "Enable the S3 Protection plan (S3 data events) on the GuardDuty detector of every region, or from the delegated administrator for all member accounts.",
            "S3_DATA_EVENTS", null,
            "https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html"),
    };

    protected override string Plan => "S3 Protection";

    protected override IReadOnlyList<string> Features => ["S3_DATA_EVENTS"];
}
