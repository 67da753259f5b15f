using Vigil.Aws.Collection;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>The data-service collectors as the live run finds and schedules them: by reflection, global ones once.</summary>
public sealed class DataCollectorsLiveRunTests
{
    private static readonly string[] Services = ["s3", "s3control", "kms", "cloudtrail", "logs", "cloudwatch", "dynamodb", "sns", "sqs", "secretsmanager"];

    [Fact]
    public void Catalog_FindsACollectorForEachService_DeclaringReadOnlyActions()
    {
        var found = CollectorCatalog.All.Where(c => Services.Contains(c.Service)).ToList();

        Assert.Equal(Services.Order(), found.Select(c => c.Service).Distinct().Order());
        Assert.All(found.SelectMany(c => c.Actions), action =>
            Assert.Matches(@"^[a-z0-9-]+:(Get|List|Describe)[A-Za-z]+$", action));
    }

    [Fact]
    public async Task LiveCollector_TwoRegions_ReadsEachMultiRegionTrailAndEachBucketOnce()
    {
        using var aws = new FakeAws();
        aws.On("cloudtrail:DescribeTrails", r => FakeReply.Json(r.Json["includeShadowTrails"]!.GetValue<bool>()
                ? """{"trailList":[{"Name":"audit","IsMultiRegionTrail":true,"HomeRegion":"eu-west-1","TrailARN":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit"}]}"""
                : r.Region == "eu-west-1"
                    ? """{"trailList":[{"Name":"audit","IsMultiRegionTrail":true,"HomeRegion":"eu-west-1","TrailARN":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit"}]}"""
                    : """{"trailList":[]}"""))
            .On("cloudtrail:GetTrailStatus", _ => FakeReply.Json("""{"IsLogging":true}"""))
            .On("cloudtrail:GetEventSelectors", _ => FakeReply.Json("""{"EventSelectors":[{"ReadWriteType":"All","IncludeManagementEvents":true}]}"""))
            .On("cloudtrail:ListTags", _ => FakeReply.Json("""{"ResourceTagList":[{"ResourceId":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit","TagsList":[]}]}"""))
            .On("s3:ListBuckets", _ => S3Wire.ListBuckets(null))
            .On("s3control:GetPublicAccessBlock", _ => S3Wire.NotFound("NoSuchPublicAccessBlockConfiguration"))
            .On("kms:ListKeys", _ => FakeReply.Json("""{"Keys":[]}"""))
            .On("logs:DescribeLogGroups", _ => FakeReply.Json("""{"logGroups":[]}"""))
            .On("logs:DescribeMetricFilters", _ => FakeReply.Json("""{"metricFilters":[]}"""))
            .On("kms:ListAliases", _ => FakeReply.Json("""{"Aliases":[]}"""))
            .On("cloudwatch:DescribeAlarms", _ => FakeReply.Json("""{"MetricAlarms":[]}""", "1.0"))
            .On("dynamodb:ListTables", _ => FakeReply.Json("""{"TableNames":[]}""", "1.0"))
            .On("sns:ListTopics", _ => Sns.SnsWire.Response("ListTopics", "<Topics/>"))
            .On("sqs:ListQueues", _ => FakeReply.Json("{}", "1.0"))
            .On("secretsmanager:ListSecrets", _ => FakeReply.Json("""{"SecretList":[]}"""));
        var collectors = CollectorRun.DataCollectors();

        var snapshot = await new LiveCollector(collectors, aws.Time).CollectAsync(aws.Client, CollectorRun.AccountId, ["us-east-1", "eu-west-1"], [], CancellationToken.None);

        Assert.Empty(snapshot.Errors);
        Assert.Equal("arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit", Assert.Single(snapshot.Trails).Arn);
        Assert.Single(aws.Calls("s3:ListBuckets"));
        Assert.Single(aws.Calls("s3control:GetPublicAccessBlock"));
        Assert.Equal(["eu-west-1", "us-east-1"], aws.Calls("kms:ListKeys").Select(r => r.Region).Order());
    }
}
