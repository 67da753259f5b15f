using System.Net;
using Vigil.Aws.Collectors.Config;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Tests.Collectors.Config;

public sealed class ConfigRecorderCollectorTests
{
    private static FakeAws Script() => new FakeAws()
        .On("config:DescribeConfigurationRecorders", () => Wire.Json("""
            {"ConfigurationRecorders":[
              {"arn":"arn:aws:config:us-east-1:123456789012:configuration-recorder/AWSConfigurationRecorderForSecurityLake/abc","name":"AWSConfigurationRecorderForSecurityLake","recordingGroup":{"allSupported":false,"includeGlobalResourceTypes":false,"resourceTypes":["AWS::EC2::Instance"]},"recordingScope":"INTERNAL","servicePrincipal":"securitylake.amazonaws.com"},
              {"name":"default","roleARN":"arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig","recordingGroup":{"allSupported":true,"includeGlobalResourceTypes":true,"resourceTypes":[],"exclusionByResourceTypes":{"resourceTypes":[]},"recordingStrategy":{"useOnly":"ALL_SUPPORTED_RESOURCE_TYPES"}},"recordingMode":{"recordingFrequency":"CONTINUOUS"},"recordingScope":"PAID"}]}
            """))
        .On("config:DescribeConfigurationRecorderStatus", () => Wire.Json("""
            {"ConfigurationRecordersStatus":[{"name":"default","lastStartTime":1.7040672E9,"recording":true,"lastStatus":"SUCCESS","lastStatusChangeTime":1.7350000E9}]}
            """))
        .On("config:DescribeDeliveryChannels", () => Wire.Json("""
            {"DeliveryChannels":[{"name":"default","s3BucketName":"config-bucket-123456789012","configSnapshotDeliveryProperties":{"deliveryFrequency":"TwentyFour_Hours"}}]}
            """));

    [Fact]
    public async Task Collect_ReadsTheCustomerRecorderItsStatusAndChannel()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new ConfigRecorderCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new ConfigRecorderCollector().Actions, aws.Actions());
        Assert.Equal(new ConfigRecorderStatus
        {
            RecorderName = "default", Recording = true, AllSupported = true, IncludeGlobalResourceTypes = true,
            RoleArn = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
            DeliveryChannelConfigured = true, LastStatus = "SUCCESS",
        }, Assert.Single(snapshot.AccountRegions).Config);
        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Evaluate(snapshot, "config-recorder-enabled")).Status);
    }

    [Fact]
    public async Task Collect_NoRecorder_IsARecordWithoutName()
    {
        var aws = new FakeAws()
            .On("config:DescribeConfigurationRecorders", () => Wire.Json("""{"ConfigurationRecorders":[]}"""))
            .On("config:DescribeConfigurationRecorderStatus", () => Wire.Json("""{"ConfigurationRecordersStatus":[]}"""))
            .On("config:DescribeDeliveryChannels", () => Wire.Json("""{"DeliveryChannels":[]}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, new ConfigRecorderCollector());

        Assert.Equal(new ConfigRecorderStatus(), Assert.Single(snapshot.AccountRegions).Config);
        Assert.Equal(FindingStatus.Fail, Assert.Single(CheckRun.Evaluate(snapshot, "config-recorder-enabled")).Status);
    }

    [Fact]
    public async Task Collect_RecordersDenied_IsUnreadable()
    {
        var aws = Script().On("config:DescribeConfigurationRecorders", () => Wire.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized to perform: config:DescribeConfigurationRecorders"));

        var snapshot = await CollectorRun.CollectAsync(aws, new ConfigRecorderCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.Config);
        Assert.Equal(["Config"], region.Unreadable);
        Assert.Equal(("config", "DescribeConfigurationRecorders", "AccessDeniedException"), (snapshot.Errors[0].Service, snapshot.Errors[0].Operation, snapshot.Errors[0].ErrorCode));
    }

    [Fact]
    public async Task Collect_StatusDenied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = Script().On("config:DescribeConfigurationRecorderStatus", () => Wire.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized to perform: config:DescribeConfigurationRecorderStatus"));

        var snapshot = await CollectorRun.CollectAsync(aws, new ConfigRecorderCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Equal(["Config"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("DescribeConfigurationRecorderStatus", region.Arn, "Config"), (error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "config-recorder-enabled")).Status);
    }
}
