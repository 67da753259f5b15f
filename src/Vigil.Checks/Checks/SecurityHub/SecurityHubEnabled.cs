using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.SecurityHub;

internal sealed class SecurityHubEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "securityhub-enabled",
        Title = "AWS Security Hub is enabled in every region",
        Severity = Severity.Medium,
        Service = "securityhub",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without Security Hub in a region, findings from GuardDuty, Inspector, Macie and the security standards' controls are not aggregated or scored there, so misconfigurations and threats in that region are easy to miss.",
        Remediation = new()
        {
            Text = "Enable Security Hub in every region (centrally from a delegated administrator with auto-enable for members) with the AWS Foundational Security Best Practices and CIS standards, and aggregate findings into one home region.",
            Cli = "aws securityhub enable-security-hub --enable-default-standards --region REGION",
            Terraform = """
                resource "aws_securityhub_account" "this" {
                  enable_default_standards = true
                }
                """,
            CloudFormation = """
                SecurityHub:
                  Type: AWS::SecurityHub::Hub
                  Properties:
                    EnableDefaultStandards: true
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html",
        },
    };

    protected override string Setting => "hub/default";

    public override IReadOnlyList<string>? Reads => ["SecurityHub"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.SecurityHub switch
    {
        null => CheckOutcome.Error($"Whether Security Hub is enabled for account {region.AccountId} in {region.Region} was not collected."),
        { Enabled: false } => Fail($"Security Hub is not enabled for account {region.AccountId} in {region.Region}."),
        var hub => Pass($"Security Hub is enabled in {region.Region} with {hub.EnabledStandards.Count} standard(s)."),
    };
}
