using Vigil.Aws.Collectors.CloudTrail;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Aws.Tests.Collectors.CloudTrail;

public sealed class CloudTrailCollectorTests
{
    private const string AuditArn = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit";
    private const string LocalArn = "arn:aws:cloudtrail:us-east-1:123456789012:trail/local";

    private const string AuditTrail = """
        {"Name":"audit","S3BucketName":"audit-logs","S3KeyPrefix":"ct","IncludeGlobalServiceEvents":true,"IsMultiRegionTrail":true,"HomeRegion":"eu-west-1",
         "TrailARN":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit","LogFileValidationEnabled":true,
         "CloudWatchLogsLogGroupArn":"arn:aws:logs:eu-west-1:123456789012:log-group:audit:*","CloudWatchLogsRoleArn":"arn:aws:iam::123456789012:role/ct",
         "KmsKeyId":"arn:aws:kms:eu-west-1:123456789012:key/k1","HasCustomEventSelectors":true,"HasInsightSelectors":false,"IsOrganizationTrail":false}
        """;

    private const string OrganizationTrail = """
        {"Name":"org","S3BucketName":"org-logs","IncludeGlobalServiceEvents":true,"IsMultiRegionTrail":true,"HomeRegion":"us-east-1",
         "TrailARN":"arn:aws:cloudtrail:us-east-1:999999999999:trail/org","LogFileValidationEnabled":true,"IsOrganizationTrail":true}
        """;

    private const string LocalTrail = """
        {"Name":"local","S3BucketName":"local-logs","IncludeGlobalServiceEvents":false,"IsMultiRegionTrail":false,"HomeRegion":"us-east-1",
         "TrailARN":"arn:aws:cloudtrail:us-east-1:123456789012:trail/local","LogFileValidationEnabled":false,"HasCustomEventSelectors":false,"IsOrganizationTrail":false}
        """;

    [Fact]
    public async Task Collect_MultiRegionTrailsOnceAndLocalTrailsPerRegion_WithStatusAndSelectors()
    {
        using var aws = new FakeAws();
        aws.On("cloudtrail:DescribeTrails", r => FakeReply.Json(r.Json["includeShadowTrails"]!.GetValue<bool>()
                ? $$"""{"trailList":[{{AuditTrail}},{{OrganizationTrail}},{{LocalTrail}}]}"""
                : $$"""{"trailList":[{{LocalTrail}}]}"""))
            .On("cloudtrail:GetTrailStatus", r => FakeReply.Json(r.Input("Name") == AuditArn
                ? """{"IsLogging":true,"LatestDeliveryTime":1.7356896E9,"LatestCloudWatchLogsDeliveryTime":1.7356896E9,"StartLoggingTime":1.7E9}"""
                : """{"IsLogging":false,"StopLoggingTime":1.7E9}"""))
            .On("cloudtrail:GetEventSelectors", r => FakeReply.Json(r.Input("TrailName") == AuditArn
                ? """
                  {"TrailARN":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit","AdvancedEventSelectors":[
                   {"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]},{"Field":"eventSource","NotEquals":["kms.amazonaws.com"]}]},
                   {"Name":"S3 writes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]}]},
                   {"Name":"One function","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Lambda::Function"]},{"Field":"resources.ARN","StartsWith":["arn:aws:lambda:eu-west-1:123456789012:function:pay"]}]}]}
                  """
                : """{"TrailARN":"arn:aws:cloudtrail:us-east-1:123456789012:trail/local","EventSelectors":[{"ReadWriteType":"WriteOnly","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3:::payroll/"]}],"ExcludeManagementEventSources":[]}]}"""))
            .On("cloudtrail:ListTags", r => FakeReply.Json(r.Json["ResourceIdList"]![0]!.GetValue<string>() == AuditArn
                ? r.Input("NextToken") is null
                    ? $$"""{"ResourceTagList":[{"ResourceId":"{{AuditArn}}","TagsList":[{"Key":"compliance","Value":"pci"}]}],"NextToken":"tags-2"}"""
                    : $$"""{"ResourceTagList":[{"ResourceId":"{{AuditArn}}","TagsList":[{"Key":"owner","Value":"security"}]}]}"""
                : $$"""{"ResourceTagList":[{"ResourceId":"{{LocalArn}}","TagsList":[]}]}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new CloudTrailMultiRegionTrailCollector(), new CloudTrailRegionalTrailCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([AuditArn, LocalArn], snapshot.Trails.Select(t => t.Arn).Order());
        var audit = Assert.Single(snapshot.Trails, t => t.Arn == AuditArn);
        Assert.Equal(("audit", CollectorRun.AccountId, "eu-west-1", "eu-west-1"), (audit.Name, audit.AccountId, audit.Region, audit.HomeRegion));
        Assert.True(audit.IsMultiRegion && audit.IsLogging && audit.LogFileValidationEnabled && audit.IncludeGlobalServiceEvents);
        Assert.False(audit.IsOrganizationTrail);
        Assert.Equal(("arn:aws:kms:eu-west-1:123456789012:key/k1", "audit-logs", "arn:aws:logs:eu-west-1:123456789012:log-group:audit:*"),
            (audit.KmsKeyId, audit.S3BucketName, audit.CloudWatchLogsLogGroupArn));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), audit.LatestCloudWatchLogsDeliveryTime);
        Assert.Equal(3, audit.EventSelectors.Count);
        Assert.Equal(("All", true), (audit.EventSelectors[0].ReadWriteType, audit.EventSelectors[0].IncludeManagementEvents));
        Assert.Equal(["kms.amazonaws.com"], audit.EventSelectors[0].ExcludeManagementEventSources);
        Assert.Equal(("WriteOnly", false), (audit.EventSelectors[1].ReadWriteType, audit.EventSelectors[1].IncludeManagementEvents));
        Assert.Equal([new DataResource("AWS::S3::Object", ["arn:aws:s3"])], audit.EventSelectors[1].DataResources, DataResourceComparer.Instance);
        Assert.Equal([new DataResource("AWS::Lambda::Function", ["arn:aws:lambda:eu-west-1:123456789012:function:pay"])], audit.EventSelectors[2].DataResources, DataResourceComparer.Instance);
        Assert.Equal(new Dictionary<string, string> { ["compliance"] = "pci", ["owner"] = "security" }, audit.Tags);
        Assert.Empty(audit.Unreadable);

        var local = Assert.Single(snapshot.Trails, t => t.Arn == LocalArn);
        Assert.Equal(("us-east-1", false, false, false, false), (local.Region, local.IsMultiRegion, local.IsLogging, local.LogFileValidationEnabled, local.IncludeGlobalServiceEvents));
        Assert.Null(local.KmsKeyId);
        Assert.Empty(local.Tags);
        var selector = Assert.Single(local.EventSelectors);
        Assert.Equal(("WriteOnly", true), (selector.ReadWriteType, selector.IncludeManagementEvents));
        Assert.Equal([new DataResource("AWS::S3::Object", ["arn:aws:s3:::payroll/"])], selector.DataResources, DataResourceComparer.Instance);

        Assert.All(aws.Calls("cloudtrail:GetTrailStatus").Where(r => r.Input("Name") == AuditArn), r => Assert.Equal("eu-west-1", r.Region));
        Assert.All(aws.Calls("cloudtrail:ListTags").Where(r => r.Json["ResourceIdList"]![0]!.GetValue<string>() == AuditArn), r => Assert.Equal("eu-west-1", r.Region));
        Assert.Equal(FindingStatus.Fail, CollectorRun.Check(snapshot, "cloudtrail-s3-data-events-read-enabled", "arn:aws:iam::123456789012:root").Status);
        Assert.Equal(FindingStatus.Pass, CollectorRun.Check(snapshot, "cloudtrail-s3-data-events-write-enabled", "arn:aws:iam::123456789012:root").Status);
    }

    [Fact]
    public async Task Collect_DescribeTrailsDenied_RecordsTheErrorAndNoTrails()
    {
        using var aws = new FakeAws();
        aws.On("cloudtrail:DescribeTrails", _ => FakeReply.AccessDenied("cloudtrail"));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new CloudTrailRegionalTrailCollector());

        Assert.Empty(snapshot.Trails);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("cloudtrail", "DescribeTrails", "AccessDeniedException", "AWS::CloudTrail::Trail"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_DetailsDenied_KeepTheTrail_WithStatusAndSelectorsUnreadable_AndTheChecksErr()
    {
        using var aws = new FakeAws();
        aws.On("cloudtrail:DescribeTrails", _ => FakeReply.Json($$"""{"trailList":[{{AuditTrail}}]}"""))
            .On("cloudtrail:GetTrailStatus", _ => FakeReply.AccessDenied("cloudtrail"))
            .On("cloudtrail:GetEventSelectors", _ => FakeReply.AccessDenied("cloudtrail"))
            .On("cloudtrail:ListTags", _ => FakeReply.Json($$"""{"ResourceTagList":[{"ResourceId":"{{AuditArn}}","TagsList":[]}]}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new CloudTrailMultiRegionTrailCollector());

        var trail = Assert.Single(snapshot.Trails);
        Assert.Equal(["EventSelectors", "IsLogging", "LatestCloudWatchLogsDeliveryTime"], trail.Unreadable);
        Assert.Equal(["GetEventSelectors", "GetTrailStatus"], snapshot.Errors.Select(e => e.Operation).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal(AuditArn, e.ResourceArn));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "cloudtrail-cloudwatch-logs-integrated", AuditArn).Status);
        Assert.Equal(FindingStatus.Pass, CollectorRun.Check(snapshot, "cloudtrail-log-file-validation-enabled", AuditArn).Status);
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepTheTrailAndItsStatus_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("cloudtrail:DescribeTrails", _ => FakeReply.Json($$"""{"trailList":[{{AuditTrail}}]}"""))
            .On("cloudtrail:GetTrailStatus", _ => FakeReply.Json("""{"IsLogging":true}"""))
            .On("cloudtrail:GetEventSelectors", _ => FakeReply.Json($$"""{"TrailARN":"{{AuditArn}}","EventSelectors":[]}"""))
            .On("cloudtrail:ListTags", _ => FakeReply.AccessDenied("cloudtrail"));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new CloudTrailMultiRegionTrailCollector());

        var trail = Assert.Single(snapshot.Trails);
        Assert.True(trail.IsLogging);
        Assert.Empty(trail.Tags);
        Assert.Equal(["Tags"], trail.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListTags", AuditArn, "Tags", "eu-west-1"), (error.Operation, error.ResourceArn, error.Property, error.Region));
    }

    private sealed class DataResourceComparer : IEqualityComparer<DataResource>
    {
        public static readonly DataResourceComparer Instance = new();
        public bool Equals(DataResource? x, DataResource? y) => x is not null && y is not null && x.Type == y.Type && x.Values.SequenceEqual(y.Values);
        public int GetHashCode(DataResource obj) => obj.Type.GetHashCode(StringComparison.Ordinal);
    }
}
