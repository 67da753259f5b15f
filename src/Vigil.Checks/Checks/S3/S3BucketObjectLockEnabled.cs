using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketObjectLockEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-object-lock-enabled",
        Title = "S3 buckets have Object Lock enabled",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.Resilience,
        Risk = "Without Object Lock, anyone with delete permissions (or stolen credentials) can delete or overwrite every version of an object; backups, audit logs and records cannot be kept write-once-read-many.",
        Remediation = new()
        {
            Text = "Enable Object Lock on the bucket (versioning must be on) and set a default retention in governance or compliance mode that matches the data's retention requirement.",
            Cli = "aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration '{\"ObjectLockEnabled\":\"Enabled\",\"Rule\":{\"DefaultRetention\":{\"Mode\":\"GOVERNANCE\",\"Days\":30}}}'",
            Terraform = """
                resource "aws_s3_bucket_object_lock_configuration" "this" {
                  bucket = aws_s3_bucket.this.id
                  rule {
                    default_retention {
                      mode = "GOVERNANCE"
                      days = 30
                    }
                  }
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    ObjectLockEnabled: true
                    ObjectLockConfiguration:
                      ObjectLockEnabled: Enabled
                      Rule:
                        DefaultRetention:
                          Mode: GOVERNANCE
                          Days: 30
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ObjectLockEnabled"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.ObjectLockEnabled
        ? Pass($"Bucket {bucket.Name} has Object Lock enabled.")
        : Fail($"Bucket {bucket.Name} does not have Object Lock enabled.");
}
