using Vigil.Core.Checks;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmActionsConfigured : Check<MetricAlarm>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudwatch-alarm-actions-configured",
        Title = "CloudWatch alarms notify or act when they go into the ALARM state",
        Severity = Severity.High,
        Service = "cloudwatch",
        Domain = Domain.LoggingMonitoring,
        Risk = "An alarm without an action changes colour in the console and nothing else: the condition it was built to catch (an attack signal, an outage, a security change) is noticed only if someone happens to look.",
        Remediation = new()
        {
            Text = "Give every alarm at least one ALARM-state action: an SNS topic that pages or notifies the owning team, an incident-manager response plan, or an automated remediation (EC2 or Auto Scaling action).",
            Cli = "aws cloudwatch put-metric-alarm --alarm-name ALARM_NAME --alarm-actions arn:aws:sns:REGION:ACCOUNT_ID:ops-alerts ...  # repeat the alarm's full definition; put-metric-alarm replaces it",
            Terraform = """
                resource "aws_cloudwatch_metric_alarm" "api_5xx" {
                  alarm_name          = "api-5xx"
                  namespace           = "AWS/ApplicationELB"
                  metric_name         = "HTTPCode_Target_5XX_Count"
                  statistic           = "Sum"
                  period              = 300
                  evaluation_periods  = 1
                  threshold           = 10
                  comparison_operator = "GreaterThanThreshold"
                  alarm_actions       = [aws_sns_topic.ops_alerts.arn]
                }
                """,
            CloudFormation = """
                Api5xxAlarm:
                  Type: AWS::CloudWatch::Alarm
                  Properties:
                    Namespace: AWS/ApplicationELB
                    MetricName: HTTPCode_Target_5XX_Count
                    Statistic: Sum
                    Period: 300
                    EvaluationPeriods: 1
                    Threshold: 10
                    ComparisonOperator: GreaterThanThreshold
                    AlarmActions: [!Ref OpsAlertsTopic]
                """,
            Url = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AlarmActions"];

    public override CheckOutcome Evaluate(MetricAlarm alarm, CheckContext context) => alarm.AlarmActions.Count == 0
        ? Fail($"Alarm {alarm.Name} has no action for the ALARM state.")
        : Pass($"Alarm {alarm.Name} has {alarm.AlarmActions.Count} ALARM-state action(s).");
}
