using Vigil.Aws.Collectors.CloudWatch;
using Vigil.Aws.Tests.Collectors.S3;

namespace Vigil.Aws.Tests.Collectors.CloudWatch;

public sealed class MetricAlarmCollectorTests
{
    private const string Region = "us-east-1";

    [Fact]
    public async Task Collect_ReadsMetricAlarms_AcrossPages()
    {
        using var aws = new FakeAws();
        aws.On("cloudwatch:DescribeAlarms", r => FakeReply.Json(r.Input("NextToken") == "p2"
            ? """{"MetricAlarms":[{"AlarmName":"math","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:math","ActionsEnabled":false,"OKActions":[],"AlarmActions":[],"InsufficientDataActions":[],"StateValue":"INSUFFICIENT_DATA","Metrics":[{"Id":"e1","Expression":"m1*2"}],"EvaluationPeriods":1,"ComparisonOperator":"GreaterThanThreshold"}],"CompositeAlarms":[]}"""
            : """{"MetricAlarms":[{"AlarmName":"cis-root","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:cis-root","AlarmConfigurationUpdatedTimestamp":1.7E9,"ActionsEnabled":true,"OKActions":[],"AlarmActions":["arn:aws:sns:us-east-1:123456789012:security"],"InsufficientDataActions":[],"StateValue":"OK","StateUpdatedTimestamp":1.7E9,"MetricName":"RootUsage","Namespace":"CIS","Statistic":"Sum","Dimensions":[],"Period":300,"EvaluationPeriods":1,"Threshold":1.0,"ComparisonOperator":"GreaterThanOrEqualToThreshold"}],"CompositeAlarms":[],"NextToken":"p2"}""",
            "1.0"))
            .On("cloudwatch:ListTagsForResource", r => FakeReply.Json(r.Input("ResourceARN") == "arn:aws:cloudwatch:us-east-1:123456789012:alarm:cis-root"
                ? """{"Tags":[{"Key":"benchmark","Value":"cis"}]}"""
                : """{"Tags":[]}""", "1.0"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new MetricAlarmCollector());

        Assert.Empty(snapshot.Errors);
        var root = Assert.Single(snapshot.MetricAlarms, a => a.Name == "cis-root");
        Assert.Equal(("arn:aws:cloudwatch:us-east-1:123456789012:alarm:cis-root", CollectorRun.AccountId, Region, "RootUsage", "CIS", true, "OK"),
            (root.Arn, root.AccountId, root.Region, root.MetricName, root.Namespace, root.ActionsEnabled, root.StateValue));
        Assert.Equal(["arn:aws:sns:us-east-1:123456789012:security"], root.AlarmActions);
        Assert.Equal(new Dictionary<string, string> { ["benchmark"] = "cis" }, root.Tags);
        var math = Assert.Single(snapshot.MetricAlarms, a => a.Name == "math");
        Assert.Equal((null, null, false, "INSUFFICIENT_DATA"), (math.MetricName, math.Namespace, math.ActionsEnabled, math.StateValue));
        Assert.Empty(math.AlarmActions);
        Assert.Empty(math.Tags);
        Assert.Equal(2, aws.Calls("cloudwatch:DescribeAlarms").Count());
    }

    [Fact]
    public async Task Collect_DescribeAlarmsDenied_RecordsTheErrorAndNoAlarms()
    {
        using var aws = new FakeAws();
        aws.On("cloudwatch:DescribeAlarms", _ => FakeReply.AccessDenied("cloudwatch"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new MetricAlarmCollector());

        Assert.Empty(snapshot.MetricAlarms);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("cloudwatch", "DescribeAlarms", "AccessDeniedException", "AWS::CloudWatch::Alarm"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepsTheAlarm_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("cloudwatch:DescribeAlarms", _ => FakeReply.Json("""{"MetricAlarms":[{"AlarmName":"cis-root","AlarmArn":"arn:aws:cloudwatch:us-east-1:123456789012:alarm:cis-root","ActionsEnabled":true,"AlarmActions":[],"StateValue":"OK","MetricName":"RootUsage","Namespace":"CIS"}]}""", "1.0"))
            .On("cloudwatch:ListTagsForResource", _ => FakeReply.AccessDenied("cloudwatch"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new MetricAlarmCollector());

        var alarm = Assert.Single(snapshot.MetricAlarms);
        Assert.Equal(("RootUsage", true), (alarm.MetricName, alarm.ActionsEnabled));
        Assert.Empty(alarm.Tags);
        Assert.Equal(["Tags"], alarm.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListTagsForResource", alarm.Arn, "Tags"), (error.Operation, error.ResourceArn, error.Property));
    }
}
