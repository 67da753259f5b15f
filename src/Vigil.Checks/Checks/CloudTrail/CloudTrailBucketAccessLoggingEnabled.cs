using Vigil.Core.Checks;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailBucketAccessLoggingEnabled : Check<Trail>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-bucket-access-logging-enabled",
        Title = "The S3 bucket each trail delivers to has server access logging enabled",
        Severity = Severity.Low,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without server access logs on the trail's bucket, nobody can tell who read, copied or deleted the account's audit history, which is exactly what an intruder covering their tracks would do.",
        Remediation = new()
        {
            Text = "Enable server access logging on the trail's log bucket, delivering to a separate logging bucket that the trail bucket's writers cannot modify.",
            Cli = "aws s3api put-bucket-logging --bucket TRAIL_BUCKET --bucket-logging-status '{\"LoggingEnabled\":{\"TargetBucket\":\"ACCESS_LOG_BUCKET\",\"TargetPrefix\":\"TRAIL_BUCKET/\"}}'",
            Terraform = """
                resource "aws_s3_bucket_logging" "trail_logs" {
                  bucket        = aws_s3_bucket.trail_logs.id
                  target_bucket = aws_s3_bucket.access_logs.id
                  target_prefix = "trail-logs/"
                }
                """,
            CloudFormation = """
                TrailLogBucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    LoggingConfiguration:
                      DestinationBucketName: !Ref AccessLogBucket
                      LogFilePrefix: trail-logs/
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Trail), typeof(S3Bucket)];

    public override IReadOnlyList<string>? Reads => ["S3BucketName"];

    public override CheckOutcome Evaluate(Trail trail, CheckContext context)
    {
        if (string.IsNullOrEmpty(trail.S3BucketName))
            return CheckOutcome.Error($"The S3 bucket of trail {trail.Name} was not collected.");
        var bucket = context.Index.First<S3Bucket>("name", b => b.Name).GetValueOrDefault(trail.S3BucketName);
        if (bucket is null)
            return Manual($"Bucket {trail.S3BucketName} of trail {trail.Name} is not in the snapshot (it may belong to another account); check its server access logging there.");
        if (bucket.Unreadable.Contains("Logging", StringComparer.OrdinalIgnoreCase))
            return CheckOutcome.Error($"The server access logging setting of bucket {bucket.Name} (trail {trail.Name}) could not be read.");
        return bucket.Logging is { } logging
            ? Pass($"Bucket {bucket.Name} of trail {trail.Name} logs server access to bucket {logging.TargetBucket}.")
            : Fail($"Bucket {bucket.Name} of trail {trail.Name} does not have server access logging enabled.");
    }
}
