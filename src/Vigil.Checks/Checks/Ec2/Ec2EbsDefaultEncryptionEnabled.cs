using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsDefaultEncryptionEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-default-encryption-enabled",
        Title = "EBS encryption by default is enabled in every region",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "Without encryption by default, any new volume or snapshot created without an explicit setting is stored unencrypted.",
        Remediation = new()
        {
            Text = "Turn on EBS encryption by default in each region (optionally with a customer managed KMS key).",
            Cli = "aws ec2 enable-ebs-encryption-by-default --region REGION",
            Terraform = """resource "aws_ebs_encryption_by_default" "this" { enabled = true }""",
            CloudFormation = "# Not available as a CloudFormation resource; use the CLI, Terraform or an AWS Config remediation.",
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
        },
    };

    protected override string Setting => "ebs-encryption-by-default";

    public override IReadOnlyList<string>? Reads => ["EbsEncryptionByDefault"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.EbsEncryptionByDefault switch
    {
        true => Pass($"EBS encryption by default is enabled in {region.Region}."),
        false => Fail($"EBS encryption by default is disabled in {region.Region} of account {region.AccountId}."),
        null => CheckOutcome.Error($"EBS encryption by default was not collected for {region.Region}."),
    };
}
