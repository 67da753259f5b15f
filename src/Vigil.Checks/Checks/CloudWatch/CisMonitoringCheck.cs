using System.Collections.Concurrent;
using Vigil.Checks.Checks.CloudTrail;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Checks.Checks.CloudWatch;

/// <summary>A CIS monitoring recommendation (4.1–4.15): a logging multi-region trail that records all management
/// events sends them to a log group with a metric filter covering <see cref="RequiredTerms"/>, and an alarm on
/// that filter's metric notifies an SNS topic.</summary>
internal abstract class CisMonitoringCheck : AccountCheck
{
    /// <summary>What is monitored, for messages: "unauthorized API calls".</summary>
    protected abstract string Subject { get; }

    /// <summary>The comparisons the filter pattern must contain, e.g. $.eventName = "CreateTrail".</summary>
    protected abstract IReadOnlyList<string> RequiredTerms { get; }

    private IReadOnlyList<string> NormalisedTerms => field ??= [.. RequiredTerms.Select(MetricFilterPattern.Normalise)];

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(Trail), typeof(LogGroup), typeof(MetricAlarm)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var trails = TrailFacts.Covering(account, context)
            .Where(t => TrailFacts.IsMultiRegionLogging(t) && TrailFacts.RecordsAllManagementEvents(t) && !string.IsNullOrEmpty(t.CloudWatchLogsLogGroupArn))
            .ToList();
        if (trails.Count == 0)
            return Fail($"Account {account.AccountId} has no logging multi-region trail that sends all management events to CloudWatch Logs, so {Subject} are not monitored.");

        var problems = new List<string>();
        string? missing = null, unreadable = null;
        foreach (var trail in trails)
        {
            var groupArn = TrailFacts.NormaliseLogGroupArn(trail.CloudWatchLogsLogGroupArn!);
            var group = context.Index.First<LogGroup>("normalised-arn", g => TrailFacts.NormaliseLogGroupArn(g.Arn)).GetValueOrDefault(groupArn);
            if (group is null)
            {
                missing ??= groupArn;
                continue;
            }
            if (group.Unreadable.Contains("MetricFilters", StringComparer.OrdinalIgnoreCase))
            {
                unreadable ??= group.Name;
                continue;
            }
            var region = group.Region ?? RegionOf(group.Arn);
            var normalised = context.Index.Computed("normalised-metric-filter-patterns", _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
            foreach (var filter in group.MetricFilters)
            {
                if (!MetricFilterPattern.Covers(normalised.GetOrAdd(filter.FilterPattern, MetricFilterPattern.Normalise), NormalisedTerms)) continue;
                if (filter.Transformations.Count == 0) problems.Add($"metric filter {filter.FilterName} on log group {group.Name} publishes no metric");
                foreach (var metric in filter.Transformations)
                {
                    var alarms = context.Index.By<MetricAlarm>("account-region-metric", a => MetricKey(a.AccountId, a.Region, a.Namespace, a.MetricName))
                        [MetricKey(group.AccountId, region, metric.MetricNamespace, metric.MetricName) ?? ""].ToList();
                    var notifying = alarms.FirstOrDefault(NotifiesSns);
                    if (notifying is not null)
                        return Pass($"Metric filter {filter.FilterName} on log group {group.Name} (trail {trail.Name}) feeds alarm {notifying.Name}, which notifies {notifying.AlarmActions.First(IsSnsTopic)}.");
                    problems.Add(alarms.Count == 0
                        ? $"no alarm watches metric {metric.MetricNamespace}/{metric.MetricName} of metric filter {filter.FilterName} on log group {group.Name}"
                        : $"alarm {alarms[0].Name} on metric {metric.MetricNamespace}/{metric.MetricName} has no enabled SNS notification action");
                }
            }
        }
        if (unreadable is not null) return CheckOutcome.Error($"The metric filters of log group {unreadable} in account {account.AccountId} were not collected.");
        if (missing is not null) return Manual($"Log group {missing} that receives the trail's events is not in the snapshot (it may belong to another account); check its metric filter and alarm for {Subject} there.");
        return problems.Count > 0
            ? Fail($"Account {account.AccountId} does not alert on {Subject}: {problems[0]}.")
            : Fail($"Account {account.AccountId} has no metric filter for {Subject} on the log group of its trail ({string.Join(", ", trails.Select(t => t.Name))}).");
    }

    private static bool NotifiesSns(MetricAlarm alarm) => alarm.ActionsEnabled && alarm.AlarmActions.Any(IsSnsTopic);

    private static bool IsSnsTopic(string arn) => arn.Split(':') is [ "arn", _, "sns", _, _, _, ..];

    private static string? RegionOf(string arn) => arn.Split(':') is [_, _, _, var region, ..] ? region : null;

    private static string? MetricKey(string account, string? region, string? metricNamespace, string? metricName) =>
        region is null || metricNamespace is null || metricName is null ? null : $"{account}|{region}|{metricNamespace}|{metricName}";

    /// <summary>Metadata shared by the CIS monitoring checks; the remediation creates the CIS filter and alarm.</summary>
    protected static CheckMetadata Describe(string id, string title, Severity severity, string risk, string metricName, string pattern) => new()
    {
        Id = id,
        Title = title,
        Severity = severity,
        Service = "cloudwatch",
        Domain = Domain.LoggingMonitoring,
        Risk = risk,
        Remediation = new()
        {
            Text = $"On the log group that the multi-region trail sends to, create a metric filter with the CIS pattern {pattern} and an alarm on its metric (Sum ≥ 1 over 5 minutes) whose action notifies an SNS topic with subscribers.",
            Cli = $"aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name {metricName} --metric-transformations metricName={metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{pattern}' && " +
                  $"aws cloudwatch put-metric-alarm --alarm-name {metricName} --metric-name {metricName} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN",
            Terraform = $$"""
                resource "aws_cloudwatch_log_metric_filter" "{{metricName}}" {
                  name           = "{{metricName}}"
                  log_group_name = aws_cloudwatch_log_group.cloudtrail.name
                  pattern        = "{{pattern.Replace("\"", "\\\"", StringComparison.Ordinal)}}"
                  metric_transformation {
                    name      = "{{metricName}}"
                    namespace = "CISBenchmark"
                    value     = "1"
                  }
                }

                resource "aws_cloudwatch_metric_alarm" "{{metricName}}" {
                  alarm_name          = "{{metricName}}"
                  metric_name         = "{{metricName}}"
                  namespace           = "CISBenchmark"
                  statistic           = "Sum"
                  period              = 300
                  threshold           = 1
                  comparison_operator = "GreaterThanOrEqualToThreshold"
                  evaluation_periods  = 1
                  alarm_actions       = [aws_sns_topic.security_alerts.arn]
                }
                """,
            CloudFormation = $$"""
                {{metricName}}Filter:
                  Type: AWS::Logs::MetricFilter
                  Properties:
                    LogGroupName: !Ref CloudTrailLogGroup
                    FilterPattern: '{{pattern}}'
                    MetricTransformations:
                      - MetricName: {{metricName}}
                        MetricNamespace: CISBenchmark
                        MetricValue: "1"
                {{metricName}}Alarm:
                  Type: AWS::CloudWatch::Alarm
                  Properties:
                    AlarmName: {{metricName}}
                    MetricName: {{metricName}}
                    Namespace: CISBenchmark
                    Statistic: Sum
                    Period: 300
                    Threshold: 1
                    ComparisonOperator: GreaterThanOrEqualToThreshold
                    EvaluationPeriods: 1
                    AlarmActions: [!Ref SecurityAlertsTopic]
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html",
        },
    };
}
