using Vigil.Core.Checks;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchLogGroupRetention : Check<LogGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudwatch-log-group-retention",
        Title = "CloudWatch log groups keep their events for at least a year",
        Severity = Severity.Medium,
        Service = "cloudwatch",
        Domain = Domain.LoggingMonitoring,
        Risk = "Log events deleted after a short retention period are gone when an intrusion is discovered months later (the median dwell time is measured in weeks), so the investigation cannot tell what happened, and audit retention requirements are not met.",
        Remediation = new()
        {
            Text = "Set each log group's retention to at least 365 days (configurable as logRetentionMinDays), or to never expire, and archive older logs to S3 with a lifecycle policy where cost matters. A group without a retention setting never expires and passes.",
            Cli = "aws logs put-retention-policy --log-group-name LOG_GROUP_NAME --retention-in-days 365",
            Terraform = """
                resource "aws_cloudwatch_log_group" "this" {
                  name              = "/app/orders"
                  retention_in_days = 365
                }
                """,
            CloudFormation = """
                LogGroup:
                  Type: AWS::Logs::LogGroup
                  Properties:
                    LogGroupName: /app/orders
                    RetentionInDays: 365
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
        },
    };

    public override IReadOnlyList<string>? Reads => ["RetentionInDays"];

    public override CheckOutcome Evaluate(LogGroup group, CheckContext context)
    {
        var minimum = context.Settings.LogRetentionMinDays;
        return group.RetentionInDays switch
        {
            null => Pass($"Log group {group.Name} never expires its events."),
            var days when days < minimum => Fail($"Log group {group.Name} keeps its events for {days} days only (at least {minimum} expected)."),
            var days => Pass($"Log group {group.Name} keeps its events for {days} days."),
        };
    }
}
