using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3AccountPublicAccessBlockEnabled : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-account-public-access-block-enabled",
        Title = "S3 Block Public Access is enabled at the account level with all four settings",
        Severity = Severity.High,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "Without account-level Block Public Access, any bucket in the account can be made public by one ACL or bucket policy change, and a single mistake exposes its data to the internet.",
        Remediation = new()
        {
            Text = "Turn on all four Block Public Access settings for the account (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets), after moving any intentionally public content behind CloudFront with origin access control.",
            Cli = "aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
            Terraform = """
                resource "aws_s3_account_public_access_block" "this" {
                  block_public_acls       = true
                  ignore_public_acls      = true
                  block_public_policy     = true
                  restrict_public_buckets = true
                }
                """,
            CloudFormation = "# Account-level Block Public Access has no CloudFormation resource; use the CLI, Terraform or an organization-wide S3 policy.",
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["S3PublicAccessBlock"];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        if (account.S3PublicAccessBlock is not { } block)
            return CheckOutcome.Error($"The S3 Block Public Access settings of account {account.AccountId} were not collected.");
        if (block.AllEnabled)
            return Pass($"Account {account.AccountId} has all four S3 Block Public Access settings enabled.");
        return Fail($"Account {account.AccountId} has S3 Block Public Access settings off: {string.Join(", ", PublicAccessBlockSwitches.Off(block))}.");
    }
}
