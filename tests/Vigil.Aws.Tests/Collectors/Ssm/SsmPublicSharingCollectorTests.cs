using System.Net;
using Vigil.Aws.Collectors.Ssm;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Ssm;

public sealed class SsmPublicSharingCollectorTests
{
    private static string Setting(string region, string value) => $$$"""
        {"ServiceSetting":{"SettingId":"/ssm/documents/console/public-sharing-permission","SettingValue":"{{{value}}}",
          "LastModifiedDate":1.71e9,"LastModifiedUser":"System",
          "ARN":"arn:aws:ssm:{{{region}}}:123456789012:servicesetting/ssm/documents/console/public-sharing-permission","Status":"Default"}}
        """;

    [Fact]
    public async Task Collect_ReadsThePublicSharingSetting_PerRegion()
    {
        var aws = new FakeAws().On("ssm:GetServiceSetting", call => Wire.Json(Setting(call.Region, call.Region == "us-east-1" ? "Disable" : "Enable")));

        var snapshot = await CollectorRun.CollectAsync(aws, new SsmPublicSharingCollector(), "us-east-1", "eu-west-1");

        Assert.Empty(aws.Unscripted);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(new SsmPublicSharingCollector().Actions, aws.Actions());
        Assert.All(aws.CallsOf("ssm:GetServiceSetting"), c => Assert.Contains("\"SettingId\":\"/ssm/documents/console/public-sharing-permission\"", c.Body, StringComparison.Ordinal));
        var regions = snapshot.AccountRegions.ToDictionary(r => r.Region!);
        Assert.Equal(("Disable", "Enable"), (regions["us-east-1"].SsmDocumentPublicSharing, regions["eu-west-1"].SsmDocumentPublicSharing));
        var findings = CheckRun.Evaluate(snapshot, "ssm-document-public-sharing-blocked").ToDictionary(f => f.ResourceRef.Region!, f => f.Status);
        Assert.Equal((FindingStatus.Pass, FindingStatus.Fail), (findings["us-east-1"], findings["eu-west-1"]));
    }

    [Fact]
    public async Task Collect_Denied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = new FakeAws().On("ssm:GetServiceSetting", () => Wire.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: ssm:GetServiceSetting"));

        var snapshot = await CollectorRun.CollectAsync(aws, new SsmPublicSharingCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.SsmDocumentPublicSharing);
        Assert.Equal(["SsmDocumentPublicSharing"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ssm", "GetServiceSetting", "AccessDeniedException", region.Arn), (error.Service, error.Operation, error.ErrorCode, error.ResourceArn));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "ssm-document-public-sharing-blocked")).Status);
    }
}
