using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketPolicyNoPublicRead : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-policy-no-public-read",
        Title = "S3 bucket policies grant no read or list access to everyone or to all AWS accounts",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A bucket policy that lets anyone (Principal \"*\" without a limiting condition) get or list objects publishes the bucket's contents to the internet: data leaks from public buckets are among the most common cloud breaches.",
        Remediation = new()
        {
            Text = "Remove the Allow statements that name Principal \"*\" (or {\"AWS\": \"*\"}) for reads, or limit them with a condition an outsider cannot meet (aws:PrincipalOrgID, aws:SourceVpce, aws:SourceArn of your CloudFront distribution); serve public content through CloudFront with origin access control, and turn on RestrictPublicBuckets. The check asks Vigil's IAM engine whether an unauthenticated request and a role session of an unknown account, calling from the internet, may GetObject or ListBucket.",
            Cli = """
                aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json
                # remove or condition the public read statements in policy.json, then:
                aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json
                aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
                """,
            Terraform = BucketPublicAccessBlockSnippets.Terraform,
            CloudFormation = BucketPublicAccessBlockSnippets.CloudFormation,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(S3Bucket), typeof(Account)];

    public override IReadOnlyList<string>? Reads => ["Policy", "PublicAccessBlock"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) =>
        PublicBucketPolicy.Evaluate(bucket, context, ExposureAccess.Read | ExposureAccess.List, "read");
}
