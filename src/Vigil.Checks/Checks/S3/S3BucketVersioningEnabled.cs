using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketVersioningEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-versioning-enabled",
        Title = "S3 buckets have versioning enabled",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.Resilience,
        Risk = "Without versioning an overwritten or deleted object is gone for good, so an application bug, a mistaken sync or ransomware that rewrites objects cannot be rolled back.",
        Remediation = new()
        {
            Text = "Enable versioning on the bucket and add a lifecycle rule that expires noncurrent versions after a retention period, so old versions do not accumulate forever.",
            Cli = "aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled",
            Terraform = """
                resource "aws_s3_bucket_versioning" "this" {
                  bucket = aws_s3_bucket.this.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    VersioningConfiguration:
                      Status: Enabled
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Versioning"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.Versioning switch
    {
        "Enabled" => Pass($"Bucket {bucket.Name} has versioning enabled."),
        "Suspended" => Fail($"Bucket {bucket.Name} has versioning suspended."),
        null => Fail($"Bucket {bucket.Name} has never had versioning enabled."),
        var other => Fail($"Bucket {bucket.Name} has versioning status {other}."),
    };
}
