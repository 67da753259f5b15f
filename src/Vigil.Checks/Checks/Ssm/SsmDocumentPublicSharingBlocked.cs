using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Ssm;

internal sealed class SsmDocumentPublicSharingBlocked : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ssm-document-public-sharing-blocked",
        Title = "Block public sharing of SSM documents is on in every region",
        Severity = Severity.Critical,
        Service = "ssm",
        Domain = Domain.DataProtection,
        Risk = "While public sharing is allowed, one mistaken modify-document-permission call publishes a document, with the scripts, internal host names and sometimes credentials it contains, to every AWS account; the block setting is the account-wide guard against that mistake.",
        Remediation = new()
        {
            Text = "Turn on block public sharing for SSM documents in every region (the service setting /ssm/documents/console/public-sharing-permission set to Disable), after making any document that must stay public private or moving it to a dedicated account.",
            Cli = "aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable --region REGION",
            Terraform = """
                resource "aws_ssm_service_setting" "block_public_document_sharing" {
                  setting_id    = "/ssm/documents/console/public-sharing-permission"
                  setting_value = "Disable"
                }
                """,
            CloudFormation = """
                # CloudFormation has no resource for SSM service settings: run, in every region (e.g. from a StackSet custom resource),
                # aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable
                BlockPublicSharing:
                  Type: Custom::SsmServiceSetting
                  Properties:
                    ServiceToken: !GetAtt SsmServiceSettingFunction.Arn
                    SettingId: /ssm/documents/console/public-sharing-permission
                    SettingValue: Disable
                """,
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access",
        },
    };

    protected override string Setting => "servicesetting/ssm/documents/console/public-sharing-permission";

    public override IReadOnlyList<string>? Reads => ["SsmDocumentPublicSharing"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.SsmDocumentPublicSharing switch
    {
        null => CheckOutcome.Error($"Whether SSM documents may be shared publicly in account {region.AccountId} in {region.Region} was not collected."),
        "Disable" => Pass($"Public sharing of SSM documents is blocked in {region.Region}."),
        var value => Fail($"SSM documents of account {region.AccountId} may be shared publicly in {region.Region} (public-sharing-permission is {value})."),
    };
}
