using Vigil.Core.Checks;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmActionsEnabled : Check<MetricAlarm>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudwatch-alarm-actions-enabled",
        Title = "CloudWatch alarm actions are activated",
        Severity = Severity.High,
        Service = "cloudwatch",
        Domain = Domain.LoggingMonitoring,
        Risk = "Actions switched off (often during maintenance, and never switched back on) silence an alarm completely: its notifications and remediations do not run however long it stays in ALARM.",
        Remediation = new()
        {
            Text = "Re-enable the alarm's actions; for planned maintenance prefer alarm mute rules or composite-alarm suppression, which end on their own, over disabling actions.",
            Cli = "aws cloudwatch enable-alarm-actions --alarm-names ALARM_NAME",
            Terraform = """
                resource "aws_cloudwatch_metric_alarm" "this" {
                  # ...
                  actions_enabled = true
                  alarm_actions   = [aws_sns_topic.ops_alerts.arn]
                }
                """,
            CloudFormation = """
                Alarm:
                  Type: AWS::CloudWatch::Alarm
                  Properties:
                    # ...
                    ActionsEnabled: true
                    AlarmActions: [!Ref OpsAlertsTopic]
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ActionsEnabled"];

    public override CheckOutcome Evaluate(MetricAlarm alarm, CheckContext context) => alarm.ActionsEnabled
        ? Pass($"The actions of alarm {alarm.Name} are activated.")
        : Fail($"The actions of alarm {alarm.Name} are deactivated, so it notifies and triggers nothing.");
}
