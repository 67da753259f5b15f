using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Macie;

internal sealed class MacieEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "macie-enabled",
        Title = "Amazon Macie is enabled in every region",
        Severity = Severity.Medium,
        Service = "macie",
        Domain = Domain.DataProtection,
        Risk = "Without Macie in a region nobody is told when S3 buckets there become public, unencrypted or shared, or when they start holding personal data, credentials or financial records; sensitive data spreads unnoticed.",
        Remediation = new()
        {
            Text = "Enable Macie in every region that holds S3 data, centrally from a delegated administrator account that auto-enables it for member accounts. A paused Macie evaluates nothing and counts as not enabled.",
            Cli = "aws macie2 enable-macie --status ENABLED --finding-publishing-frequency FIFTEEN_MINUTES --region REGION  # a paused session: aws macie2 update-macie-session --status ENABLED",
            Terraform = """
                resource "aws_macie2_account" "this" {
                  finding_publishing_frequency = "FIFTEEN_MINUTES"
                  status                       = "ENABLED"
                }
                """,
            CloudFormation = """
                Macie:
                  Type: AWS::Macie::Session
                  Properties:
                    FindingPublishingFrequency: FIFTEEN_MINUTES
                    Status: ENABLED
                """,
            Url = "https://docs.aws.amazon.com/macie/latest/user/getting-started.html",
        },
    };

    protected override string Setting => "session";

    public override IReadOnlyList<string>? Reads => ["Macie"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.Macie switch
    {
        null => CheckOutcome.Error($"Whether Macie is enabled for account {region.AccountId} in {region.Region} was not collected."),
        "ENABLED" => Pass($"Macie is enabled in {region.Region}."),
        "PAUSED" => Fail($"Macie is paused for account {region.AccountId} in {region.Region}."),
        _ => Fail($"Macie is not enabled for account {region.AccountId} in {region.Region}."),
    };
}
