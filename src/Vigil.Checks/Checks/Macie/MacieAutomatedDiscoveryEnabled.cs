using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Macie;

internal sealed class MacieAutomatedDiscoveryEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "macie-automated-discovery-enabled",
        Title = "Macie automated sensitive data discovery is enabled in every region",
        Severity = Severity.High,
        Service = "macie",
        Domain = Domain.DataProtection,
        Risk = "Without automated sensitive data discovery, Macie inspects only the buckets someone remembered to put in a classification job; new buckets filling with personal or secret data are never sampled, so nobody learns where sensitive data lives.",
        Remediation = new()
        {
            Text = "Enable Macie, then automated sensitive data discovery, from the Macie administrator account (it applies to the members it auto-enables) or in a standalone account, in every region that holds S3 data.",
            Cli = "aws macie2 update-automated-discovery-configuration --status ENABLED --auto-enable-organization-members ALL --region REGION",
            Terraform = """
                resource "aws_macie2_account" "this" {
                  status = "ENABLED"
                }

                # automated discovery: no dedicated resource in the AWS provider; enable it once per region with
                # aws macie2 update-automated-discovery-configuration --status ENABLED (e.g. from a null_resource).
                """,
            CloudFormation = """
                Macie:
                  Type: AWS::Macie::Session
                  Properties:
                    Status: ENABLED
                # automated discovery has no CloudFormation property: run
                # aws macie2 update-automated-discovery-configuration --status ENABLED in each region
                """,
            Url = "https://docs.aws.amazon.com/macie/latest/user/discovery-asdd-account-enable.html",
        },
    };

    protected override string Setting => "automated-discovery";

    public override IReadOnlyList<string>? Reads => ["Macie", "MacieAutomatedDiscovery"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        if (region.Macie is null || region.MacieAutomatedDiscovery is null)
            return CheckOutcome.Error($"Macie's automated sensitive data discovery setting for account {region.AccountId} in {region.Region} was not collected.");
        if (region.Macie != "ENABLED")
            return Fail($"Automated sensitive data discovery is off for account {region.AccountId} in {region.Region}: Macie itself is {region.Macie.ToLowerInvariant()}.");
        return region.MacieAutomatedDiscovery == "ENABLED"
            ? Pass($"Macie automated sensitive data discovery is enabled in {region.Region}.")
            : Fail($"Macie automated sensitive data discovery is not enabled for account {region.AccountId} in {region.Region}.");
    }
}
