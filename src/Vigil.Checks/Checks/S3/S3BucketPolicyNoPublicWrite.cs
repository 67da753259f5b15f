using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketPolicyNoPublicWrite : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-policy-no-public-write",
        Title = "S3 bucket policies grant no write or management access to everyone or to all AWS accounts",
        Severity = Severity.Critical,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "A bucket policy that lets anyone put or delete objects, or change the bucket's policy, ACLs or encryption, hands the bucket to strangers: malware hosting, ransomware-style deletion, tampered data served to your users, and a storage bill you pay.",
        Remediation = new()
        {
            Text = "Remove the Allow statements that name Principal \"*\" (or {\"AWS\": \"*\"}) for writes and for policy, ACL and encryption changes, or limit them with a condition an outsider cannot meet (aws:PrincipalOrgID, aws:SourceVpce), and turn on RestrictPublicBuckets. The check asks Vigil's IAM engine whether an unauthenticated request and a role session of an unknown account, calling from the internet, may put or delete objects or change the bucket's policy, ACLs or encryption.",
            Cli = """
                aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json
                # remove or condition the public write statements in policy.json, then:
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
        PublicBucketPolicy.Evaluate(bucket, context, ExposureAccess.Write | ExposureAccess.Management, "write");
}
