using Vigil.Aws.Collectors.CloudTrail;
using Vigil.Aws.Collectors.CloudWatch;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Aws.Tests.Collectors.CloudWatch;

public sealed class LogGroupCollectorTests
{
    private const string Region = "us-east-1";
    private const string AuditGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:audit";

    [Fact]
    public async Task Collect_ReadsLogGroupsWithTheirMetricFilters_AcrossPages()
    {
        using var aws = new FakeAws();
        aws.On("logs:DescribeLogGroups", r => FakeReply.Json(r.Input("nextToken") == "t2"
                ? """{"logGroups":[{"logGroupName":"app","creationTime":1700000000000,"metricFilterCount":0,"arn":"arn:aws:logs:us-east-1:123456789012:log-group:app:*","storedBytes":0}]}"""
                : """{"logGroups":[{"logGroupName":"audit","creationTime":1700000000000,"retentionInDays":365,"metricFilterCount":1,"arn":"arn:aws:logs:us-east-1:123456789012:log-group:audit:*","logGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:audit","storedBytes":1024,"kmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/k1","logGroupClass":"STANDARD"}],"nextToken":"t2"}"""))
            .On("logs:DescribeMetricFilters", r => FakeReply.Json(r.Input("nextToken") == "f2"
                ? """{"metricFilters":[{"filterName":"console-no-mfa","filterPattern":"{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }","metricTransformations":[{"metricName":"ConsoleNoMfa","metricNamespace":"CIS","metricValue":"1"}],"creationTime":1700000000000,"logGroupName":"audit"}]}"""
                : """{"metricFilters":[{"filterName":"root-usage","filterPattern":"{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }","metricTransformations":[{"metricName":"RootUsage","metricNamespace":"CIS","metricValue":"1"}],"creationTime":1700000000000,"logGroupName":"audit"}],"nextToken":"f2"}"""))
            .On("logs:ListTagsForResource", r => FakeReply.Json(r.Input("resourceArn") == AuditGroupArn ? """{"tags":{"retention-owner":"security"}}""" : """{"tags":{}}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new LogGroupCollector());

        Assert.Empty(snapshot.Errors);
        var audit = Assert.Single(snapshot.LogGroups, g => g.Name == "audit");
        Assert.Equal((AuditGroupArn, CollectorRun.AccountId, Region, 365, "arn:aws:kms:us-east-1:123456789012:key/k1"), (audit.Arn, audit.AccountId, audit.Region, audit.RetentionInDays, audit.KmsKeyId));
        Assert.Equal(["root-usage", "console-no-mfa"], audit.MetricFilters.Select(f => f.FilterName));
        Assert.Equal("""{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }""", audit.MetricFilters[0].FilterPattern);
        Assert.Equal([new MetricTransformation("RootUsage", "CIS")], audit.MetricFilters[0].Transformations);
        Assert.Equal(new Dictionary<string, string> { ["retention-owner"] = "security" }, audit.Tags);
        Assert.Empty(audit.Unreadable);
        var app = Assert.Single(snapshot.LogGroups, g => g.Name == "app");
        Assert.Equal(("arn:aws:logs:us-east-1:123456789012:log-group:app", null, null), (app.Arn, app.RetentionInDays, app.KmsKeyId));
        Assert.Empty(app.MetricFilters);
        Assert.Empty(app.Tags);
        Assert.Equal(["arn:aws:logs:us-east-1:123456789012:log-group:app", AuditGroupArn], aws.Calls("logs:ListTagsForResource").Select(r => r.Input("resourceArn")).Order(StringComparer.Ordinal));
        Assert.Equal(2, aws.Calls("logs:DescribeLogGroups").Count());
    }

    [Fact]
    public async Task Collect_DescribeLogGroupsDenied_RecordsTheErrorAndNoGroups()
    {
        using var aws = new FakeAws();
        aws.On("logs:DescribeLogGroups", _ => FakeReply.AccessDenied("logs"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new LogGroupCollector());

        Assert.Empty(snapshot.LogGroups);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("logs", "DescribeLogGroups", "AccessDeniedException", "AWS::Logs::LogGroup"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_MetricFiltersDenied_KeepsTheGroups_WithMetricFiltersUnreadable_AndTheMonitoringCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("logs:DescribeLogGroups", _ => FakeReply.Json("""{"logGroups":[{"logGroupName":"audit","logGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:audit","retentionInDays":365}]}"""))
            .On("logs:DescribeMetricFilters", _ => FakeReply.AccessDenied("logs"))
            .On("cloudtrail:DescribeTrails", _ => FakeReply.Json("""{"trailList":[{"Name":"audit","S3BucketName":"audit-logs","IsMultiRegionTrail":true,"HomeRegion":"us-east-1","TrailARN":"arn:aws:cloudtrail:us-east-1:123456789012:trail/audit","CloudWatchLogsLogGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:audit:*"}]}"""))
            .On("cloudtrail:GetTrailStatus", _ => FakeReply.Json("""{"IsLogging":true}"""))
            .On("cloudtrail:GetEventSelectors", _ => FakeReply.Json("""{"EventSelectors":[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[]}]}"""))
            .On("cloudtrail:ListTags", _ => FakeReply.Json("""{"ResourceTagList":[]}"""))
            .On("logs:ListTagsForResource", _ => FakeReply.Json("""{"tags":{}}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new LogGroupCollector(), new CloudTrailMultiRegionTrailCollector());

        var group = Assert.Single(snapshot.LogGroups);
        Assert.Equal(["MetricFilters"], group.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("DescribeMetricFilters", "MetricFilters"), (error.Operation, error.Property));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "cloudwatch-alarm-root-usage", "arn:aws:iam::123456789012:root").Status);
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepsTheGroupAndItsFilters_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("logs:DescribeLogGroups", _ => FakeReply.Json("""{"logGroups":[{"logGroupName":"audit","logGroupArn":"arn:aws:logs:us-east-1:123456789012:log-group:audit","retentionInDays":365}]}"""))
            .On("logs:DescribeMetricFilters", _ => FakeReply.Json("""{"metricFilters":[]}"""))
            .On("logs:ListTagsForResource", _ => FakeReply.AccessDenied("logs"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new LogGroupCollector());

        var group = Assert.Single(snapshot.LogGroups);
        Assert.Equal(365, group.RetentionInDays);
        Assert.Empty(group.Tags);
        Assert.Equal(["Tags"], group.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListTagsForResource", AuditGroupArn, "Tags"), (error.Operation, error.ResourceArn, error.Property));
    }
}
