using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketServerAccessLoggingEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-server-access-logging-enabled",
        Title = "S3 buckets have server access logging enabled",
        Severity = Severity.Medium,
        Service = "s3",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without server access logs there is no record of who read, wrote or deleted which objects (CloudTrail logs object-level calls only when data events are on), so a data leak or tampering cannot be investigated.",
        Remediation = new()
        {
            Text = "Enable server access logging to a dedicated log bucket in the same account and region (not the bucket itself), with a prefix per source bucket and a lifecycle rule on the log bucket.",
            Cli = "aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status '{\"LoggingEnabled\":{\"TargetBucket\":\"LOG_BUCKET\",\"TargetPrefix\":\"BUCKET/\"}}'",
            Terraform = """
                resource "aws_s3_bucket_logging" "this" {
                  bucket        = aws_s3_bucket.this.id
                  target_bucket = aws_s3_bucket.access_logs.id
                  target_prefix = "${aws_s3_bucket.this.id}/"
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    LoggingConfiguration:
                      DestinationBucketName: !Ref AccessLogBucket
                      LogFilePrefix: my-bucket/
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Logging"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.Logging switch
    {
        null => Fail($"Bucket {bucket.Name} has server access logging disabled."),
        var logging => Pass($"Bucket {bucket.Name} delivers server access logs to bucket {logging.TargetBucket}."),
    };
}
