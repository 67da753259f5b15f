using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketPublicAccessBlockEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-public-access-block-enabled",
        Title = "S3 buckets have all four bucket-level Block Public Access settings enabled",
        Severity = Severity.High,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A bucket without its own Block Public Access settings relies on every ACL and policy change being right; if the account-level block is ever lifted, one mistaken grant exposes the bucket's objects publicly.",
        Remediation = new()
        {
            Text = "Enable BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets on the bucket; serve intentionally public content through CloudFront with origin access control instead.",
            Cli = BucketPublicAccessBlockSnippets.Cli,
            Terraform = BucketPublicAccessBlockSnippets.Terraform,
            CloudFormation = BucketPublicAccessBlockSnippets.CloudFormation,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PublicAccessBlock"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        if (bucket.PublicAccessBlock is not { } block)
            return CheckOutcome.Error($"The Block Public Access settings of bucket {bucket.Name} were not collected.");
        if (block.AllEnabled)
            return Pass($"Bucket {bucket.Name} has all four Block Public Access settings enabled.");
        return Fail($"Bucket {bucket.Name} has Block Public Access settings off: {string.Join(", ", PublicAccessBlockSwitches.Off(block))}.");
    }
}
