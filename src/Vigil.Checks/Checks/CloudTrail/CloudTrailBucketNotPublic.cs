using Vigil.Access.Exposure;
using Vigil.Checks.Checks.S3;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailBucketNotPublic : Check<Trail>
{
    private static readonly HashSet<string> ReadPermissions = new(["READ", "READ_ACP", "FULL_CONTROL"], StringComparer.Ordinal);

    private static readonly string[] BucketProperties = ["Policy", "AclGrants", "PublicAccessBlock"];

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-bucket-not-public",
        Title = "The S3 buckets CloudTrail delivers logs to are not publicly readable",
        Severity = Severity.Critical,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "A publicly readable trail bucket hands everyone the account's complete activity history: who has which roles, which resources exist, which IP addresses administrators use, and how to avoid the detections in place.",
        Remediation = new()
        {
            Text = "Remove the bucket policy statements and ACL grants that open the bucket to everyone or to all AWS accounts, turn on S3 Block Public Access for the bucket and the account, and keep only the CloudTrail delivery statements (with aws:SourceArn conditions). The check asks Vigil's IAM engine whether the bucket policy lets anyone read or list the logs, as s3-bucket-policy-no-public-read does, and reads the ACL grants as s3-bucket-acl-no-public-read does; a bucket that is not in the inventory (a log archive account that was not scanned) needs a manual review.",
            Cli = """
                aws s3api put-public-access-block --bucket TRAIL_BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
                aws s3api put-bucket-acl --bucket TRAIL_BUCKET --acl private
                """,
            Terraform = """
                resource "aws_s3_bucket_public_access_block" "trail" {
                  bucket                  = aws_s3_bucket.trail.id
                  block_public_acls       = true
                  ignore_public_acls      = true
                  block_public_policy     = true
                  restrict_public_buckets = true
                }
                """,
            CloudFormation = """
                TrailBucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    PublicAccessBlockConfiguration:
                      BlockPublicAcls: true
                      IgnorePublicAcls: true
                      BlockPublicPolicy: true
                      RestrictPublicBuckets: true
                    OwnershipControls:
                      Rules:
                        - ObjectOwnership: BucketOwnerEnforced
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Trail), typeof(S3Bucket), typeof(Account)];

    public override IReadOnlyList<string>? Reads => ["S3BucketName"];

    public override CheckOutcome Evaluate(Trail trail, CheckContext context)
    {
        if (string.IsNullOrEmpty(trail.S3BucketName))
            return CheckOutcome.Error($"The S3 bucket of trail {trail.Name} was not collected.");
        var bucket = context.Index.First<S3Bucket>("name", b => b.Name).GetValueOrDefault(trail.S3BucketName);
        if (bucket is null)
            return Manual($"Bucket {trail.S3BucketName} of trail {trail.Name} is not in the snapshot (it may belong to another account); check that it is not public there.");
        foreach (var property in BucketProperties)
        {
            if (bucket.Unreadable.Contains(property, StringComparer.OrdinalIgnoreCase))
                return CheckOutcome.Error($"The {property} of bucket {bucket.Name} (trail {trail.Name}) could not be read.");
        }

        var policy = PublicBucketPolicy.Evaluate(bucket, context, ExposureAccess.Read | ExposureAccess.List, "read");
        var acl = PublicAclGrants.Evaluate(bucket, context, ReadPermissions, "read");
        if (policy.Kind == OutcomeKind.Fail || acl.Kind == OutcomeKind.Fail)
            return Fail($"Trail {trail.Name} delivers to a publicly readable bucket: {(policy.Kind == OutcomeKind.Fail ? policy.Message : acl.Message)}");
        if (policy.Kind == OutcomeKind.Error || acl.Kind == OutcomeKind.Error)
            return CheckOutcome.Error($"Whether bucket {bucket.Name} of trail {trail.Name} is public could not be told: {(policy.Kind == OutcomeKind.Error ? policy.Message : acl.Message)}");
        return Pass($"Bucket {bucket.Name} of trail {trail.Name} is not publicly readable.");
    }
}
