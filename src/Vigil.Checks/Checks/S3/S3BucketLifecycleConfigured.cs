using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketLifecycleConfigured : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-lifecycle-configured",
        Title = "S3 buckets have an enabled lifecycle rule",
        Severity = Severity.Low,
        Service = "s3",
        Domain = Domain.DataProtection,
        Risk = "Without lifecycle rules, data (and on versioned buckets every noncurrent version) is kept forever: retention limits are not enforced, stale sensitive data piles up and storage costs grow unchecked.",
        Remediation = new()
        {
            Text = "Add a lifecycle configuration with at least one enabled rule that expires or transitions objects (and noncurrent versions) according to the data's retention policy.",
            Cli = "aws s3api put-bucket-lifecycle-configuration --bucket BUCKET --lifecycle-configuration '{\"Rules\":[{\"ID\":\"retention\",\"Status\":\"Enabled\",\"Filter\":{},\"NoncurrentVersionExpiration\":{\"NoncurrentDays\":90},\"AbortIncompleteMultipartUpload\":{\"DaysAfterInitiation\":7}}]}'",
            Terraform = """
                resource "aws_s3_bucket_lifecycle_configuration" "this" {
                  bucket = aws_s3_bucket.this.id
                  rule {
                    id     = "retention"
                    status = "Enabled"
                    filter {}
                    noncurrent_version_expiration {
                      noncurrent_days = 90
                    }
                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    LifecycleConfiguration:
                      Rules:
                        - Id: retention
                          Status: Enabled
                          NoncurrentVersionExpiration:
                            NoncurrentDays: 90
                          AbortIncompleteMultipartUpload:
                            DaysAfterInitiation: 7
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LifecycleRules"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context)
    {
        var enabled = bucket.LifecycleRules.Count(r => r.Status == "Enabled");
        if (enabled > 0) return Pass($"Bucket {bucket.Name} has {enabled} enabled lifecycle rule(s).");
        return bucket.LifecycleRules.Count == 0
            ? Fail($"Bucket {bucket.Name} has no lifecycle configuration.")
            : Fail($"Bucket {bucket.Name} has lifecycle rules, but all of them are disabled.");
    }
}
