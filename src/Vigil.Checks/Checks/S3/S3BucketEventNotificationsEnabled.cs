using Vigil.Core.Checks;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

internal sealed class S3BucketEventNotificationsEnabled : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "s3-bucket-event-notifications-enabled",
        Title = "S3 buckets have event notifications configured",
        Severity = Severity.Low,
        Service = "s3",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without event notifications, object creations and deletions are not pushed to any consumer, so unexpected deletions or uploads are noticed late, if at all.",
        Remediation = new()
        {
            Text = "Configure event notifications for object creation and removal events to SNS, SQS, Lambda, or send all events to Amazon EventBridge and route them with rules.",
            Cli = "aws s3api put-bucket-notification-configuration --bucket BUCKET --notification-configuration '{\"EventBridgeConfiguration\":{}}'",
            Terraform = """
                resource "aws_s3_bucket_notification" "this" {
                  bucket      = aws_s3_bucket.this.id
                  eventbridge = true
                }
                """,
            CloudFormation = """
                Bucket:
                  Type: AWS::S3::Bucket
                  Properties:
                    NotificationConfiguration:
                      EventBridgeConfiguration:
                        EventBridgeEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["EventNotificationsConfigured"];

    public override CheckOutcome Evaluate(S3Bucket bucket, CheckContext context) => bucket.EventNotificationsConfigured
        ? Pass($"Bucket {bucket.Name} has event notifications configured.")
        : Fail($"Bucket {bucket.Name} has no event notifications configured.");
}
