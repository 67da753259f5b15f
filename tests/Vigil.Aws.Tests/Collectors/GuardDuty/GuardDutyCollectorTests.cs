using System.Net;
using Vigil.Aws.Collectors.GuardDuty;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Tests.Collectors.GuardDuty;

public sealed class GuardDutyCollectorTests
{
    private const string Detector = """
        {"createdAt":"2023-04-01T10:00:00.000Z","findingPublishingFrequency":"SIX_HOURS","serviceRole":"arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty",
        "status":"ENABLED","updatedAt":"2024-04-01T10:00:00.000Z","tags":{},
        "features":[{"name":"S3_DATA_EVENTS","status":"ENABLED","updatedAt":"2024-04-01T10:00:00Z"},
          {"name":"EKS_AUDIT_LOGS","status":"DISABLED","updatedAt":"2024-04-01T10:00:00Z"},
          {"name":"RUNTIME_MONITORING","status":"ENABLED","updatedAt":"2024-04-01T10:00:00Z","additionalConfiguration":[
            {"name":"EKS_ADDON_MANAGEMENT","status":"ENABLED","updatedAt":"2024-04-01T10:00:00Z"},
            {"name":"ECS_FARGATE_AGENT_MANAGEMENT","status":"DISABLED","updatedAt":"2024-04-01T10:00:00Z"}]}]}
        """;

    private static FakeAws Script() => new FakeAws()
        .On("guardduty:ListDetectors", call => call.Uri.Query.Contains("nextToken=more", StringComparison.Ordinal)
            ? Wire.RestJson("""{"detectorIds":["12abc34d567e8fa901bc2d34eexample"]}""")
            : Wire.RestJson("""{"detectorIds":[],"nextToken":"more"}"""))
        .On("guardduty:GetDetector", () => Wire.RestJson(Detector));

    [Fact]
    public async Task Collect_ReadsTheDetectorAndItsProtectionPlans_AcrossPages()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new GuardDutyCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new GuardDutyCollector().Actions, aws.Actions());
        Assert.Equal(2, aws.CallsOf("guardduty:ListDetectors").Count());
        Assert.Equal("/detector/12abc34d567e8fa901bc2d34eexample", Assert.Single(aws.CallsOf("guardduty:GetDetector")).Uri.AbsolutePath);
        var detector = Assert.Single(snapshot.AccountRegions).GuardDuty!;
        Assert.Equal(("12abc34d567e8fa901bc2d34eexample", "ENABLED"), (detector.DetectorId, detector.Status));
        Assert.Equal(new Dictionary<string, string> { ["S3_DATA_EVENTS"] = "ENABLED", ["EKS_AUDIT_LOGS"] = "DISABLED", ["RUNTIME_MONITORING"] = "ENABLED" }, detector.Features);
        Assert.Equal(new Dictionary<string, string> { ["EKS_ADDON_MANAGEMENT"] = "ENABLED", ["ECS_FARGATE_AGENT_MANAGEMENT"] = "DISABLED" }, detector.AdditionalConfigurations);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Collect_NoDetector_IsNone()
    {
        var aws = new FakeAws().On("guardduty:ListDetectors", () => Wire.RestJson("""{"detectorIds":[]}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, new GuardDutyCollector());

        Assert.Same(GuardDutyDetector.None, Assert.Single(snapshot.AccountRegions).GuardDuty);
        Assert.Equal(FindingStatus.Fail, Assert.Single(CheckRun.Evaluate(snapshot, "guardduty-enabled")).Status);
    }

    [Fact]
    public async Task Collect_ListingDenied_IsUnreadable()
    {
        var aws = new FakeAws().On("guardduty:ListDetectors", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "not authorized to perform: guardduty:ListDetectors"));

        var snapshot = await CollectorRun.CollectAsync(aws, new GuardDutyCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.GuardDuty);
        Assert.Equal(["GuardDuty"], region.Unreadable);
        Assert.Equal(("ListDetectors", "AccessDeniedException", "GuardDuty"), (snapshot.Errors[0].Operation, snapshot.Errors[0].ErrorCode, snapshot.Errors[0].Property));
    }

    [Fact]
    public async Task Collect_DetectorDenied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = Script().On("guardduty:GetDetector", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "not authorized to perform: guardduty:GetDetector"));

        var snapshot = await CollectorRun.CollectAsync(aws, new GuardDutyCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.GuardDuty);
        Assert.Equal(["GuardDuty"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("guardduty", "GetDetector", region.Arn, "GuardDuty"), (error.Service, error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "guardduty-enabled")).Status);
    }
}
