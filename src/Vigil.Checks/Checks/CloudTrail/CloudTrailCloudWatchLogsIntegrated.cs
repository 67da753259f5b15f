using Vigil.Core.Checks;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailCloudWatchLogsIntegrated : Check<Trail>
{
    /// <summary>A logging trail whose last delivery to CloudWatch Logs is older than this has stalled.</summary>
    private static readonly TimeSpan MaxDeliveryAge = TimeSpan.FromDays(1);

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-cloudwatch-logs-integrated",
        Title = "CloudTrail trails deliver their events to CloudWatch Logs",
        Severity = Severity.Low,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "Events that only land in S3 cannot drive metric filters and alarms, so root logins, policy changes or disabled logging are noticed days later, if at all.",
        Remediation = new()
        {
            Text = "Create a log group and an IAM role CloudTrail can assume to write to it, and configure the trail to send its events to that log group.",
            Cli = "aws cloudtrail update-trail --name TRAIL_NAME --cloud-watch-logs-log-group-arn arn:aws:logs:REGION:ACCOUNT:log-group:LOG_GROUP:* --cloud-watch-logs-role-arn arn:aws:iam::ACCOUNT:role/CloudTrailToCloudWatchLogs",
            Terraform = """
                resource "aws_cloudtrail" "this" {
                  # ...
                  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
                  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
                }
                """,
            CloudFormation = """
                Trail:
                  Type: AWS::CloudTrail::Trail
                  Properties:
                    CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
                    CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["CloudWatchLogsLogGroupArn", "LatestCloudWatchLogsDeliveryTime", "IsLogging"];

    public override CheckOutcome Evaluate(Trail trail, CheckContext context)
    {
        if (string.IsNullOrEmpty(trail.CloudWatchLogsLogGroupArn))
            return Fail($"Trail {trail.Name} does not send its events to CloudWatch Logs.");
        var logGroup = TrailFacts.NormaliseLogGroupArn(trail.CloudWatchLogsLogGroupArn);
        if (trail.IsLogging && trail.LatestCloudWatchLogsDeliveryTime is { } last && context.Now - last > MaxDeliveryAge)
            return Fail($"Trail {trail.Name} last delivered events to log group {logGroup} on {last:yyyy-MM-dd}; delivery has stopped.");
        return Pass($"Trail {trail.Name} sends its events to log group {logGroup}.");
    }
}
