using System.Net;
using Vigil.Aws.Collectors.Inspector;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Inspector;

public sealed class InspectorCollectorTests
{
    private const string Status = """
        {"accounts":[{"accountId":"123456789012","state":{"status":"ENABLED"},
          "resourceState":{"ec2":{"status":"ENABLED"},"ecr":{"status":"ENABLING"},"lambda":{"status":"ENABLED"},
                           "lambdaCode":{"status":"DISABLED"},"codeRepository":{"status":"DISABLED"}}}],
         "failedAccounts":[]}
        """;

    private const string NeverActivated = """
        {"accounts":[{"accountId":"123456789012","state":{"status":"DISABLED"},
          "resourceState":{"ec2":{"status":"DISABLED"},"ecr":{"status":"DISABLED"},"lambda":{"status":"DISABLED"},"lambdaCode":{"status":"DISABLED"}}}],
         "failedAccounts":[]}
        """;

    private static FakeAws Script() => new FakeAws().On("inspector2:BatchGetAccountStatus", call =>
        Wire.RestJson(call.Region == "eu-west-1" ? NeverActivated : Status));

    [Fact]
    public async Task Collect_ReadsEachScanType_PerRegion()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new InspectorCollector(), "us-east-1", "eu-west-1");

        Assert.Empty(aws.Unscripted);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(new InspectorCollector().Actions, aws.Actions());
        var call = aws.CallsOf("inspector2:BatchGetAccountStatus").First();
        Assert.Equal(("POST", "/status/batch/get"), (call.Method, call.Uri.AbsolutePath));
        var regions = snapshot.AccountRegions.ToDictionary(r => r.Region!);
        var east = regions["us-east-1"].Inspector!;
        Assert.Equal(("ENABLED", "ENABLING", "ENABLED", "DISABLED"), (east.Ec2, east.Ecr, east.Lambda, east.LambdaCode));
        var west = regions["eu-west-1"].Inspector!;
        Assert.Equal(("DISABLED", "DISABLED", "DISABLED", "DISABLED"), (west.Ec2, west.Ecr, west.Lambda, west.LambdaCode));
        var ec2 = CheckRun.Evaluate(snapshot, "inspector-ec2-scanning-enabled").ToDictionary(f => f.ResourceRef.Region!, f => f.Status);
        Assert.Equal((FindingStatus.Pass, FindingStatus.Fail), (ec2["us-east-1"], ec2["eu-west-1"]));
        Assert.Equal(FindingStatus.Fail, CheckRun.Evaluate(snapshot, "inspector-ecr-scanning-enabled").Single(f => f.ResourceRef.Region == "us-east-1").Status);
    }

    [Fact]
    public async Task Collect_Denied_IsUnreadable_AndTheChecksReportError()
    {
        var aws = new FakeAws().On("inspector2:BatchGetAccountStatus", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: inspector2:BatchGetAccountStatus"));

        var snapshot = await CollectorRun.CollectAsync(aws, new InspectorCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.Inspector);
        Assert.Equal(["Inspector"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("inspector2", "BatchGetAccountStatus", "AccessDeniedException", "Inspector"), (error.Service, error.Operation, error.ErrorCode, error.Property));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "inspector-lambda-scanning-enabled")).Status);
    }

    [Fact]
    public async Task Collect_AccountInFailedAccounts_IsUnreadable()
    {
        var aws = new FakeAws().On("inspector2:BatchGetAccountStatus", () => Wire.RestJson("""
            {"accounts":[],"failedAccounts":[{"accountId":"123456789012","status":"DISABLED","errorCode":"ACCESS_DENIED","errorMessage":"Account is not a member of the organization"}]}
            """));

        var snapshot = await CollectorRun.CollectAsync(aws, new InspectorCollector());

        Assert.Equal(["Inspector"], Assert.Single(snapshot.AccountRegions).Unreadable);
        Assert.Equal("ACCESS_DENIED", Assert.Single(snapshot.Errors).ErrorCode);
    }
}
