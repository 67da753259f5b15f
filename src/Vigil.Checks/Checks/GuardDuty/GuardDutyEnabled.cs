using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-enabled",
        Title = "GuardDuty is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without a GuardDuty detector in a region, compromised credentials, crypto-mining instances, reconnaissance and data exfiltration there raise no finding, and attackers favour regions nobody watches.",
        Remediation = new()
        {
            Text = "Create and enable a GuardDuty detector in every region, ideally for the whole organization from a delegated administrator account with auto-enable for new accounts.",
            Cli = "aws guardduty create-detector --enable --finding-publishing-frequency FIFTEEN_MINUTES --region REGION",
            Terraform = """
                resource "aws_guardduty_detector" "this" {
                  enable                       = true
                  finding_publishing_frequency = "FIFTEEN_MINUTES"
                }
                """,
            CloudFormation = """
                Detector:
                  Type: AWS::GuardDuty::Detector
                  Properties:
                    Enable: true
                    FindingPublishingFrequency: FIFTEEN_MINUTES
                """,
            Url = "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html",
        },
    };

    protected override string Setting => "detector";

    public override IReadOnlyList<string>? Reads => ["GuardDuty"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.GuardDuty switch
    {
        null => CheckOutcome.Error($"The GuardDuty detector of account {region.AccountId} in {region.Region} was not collected."),
        { Exists: false } => Fail($"Account {region.AccountId} has no GuardDuty detector in {region.Region}."),
        { IsEnabled: false } detector => Fail($"The GuardDuty detector {detector.DetectorId} of account {region.AccountId} in {region.Region} is {detector.Status.ToLowerInvariant()}."),
        var detector => Pass($"GuardDuty detector {detector.DetectorId} is enabled in {region.Region}."),
    };
}
