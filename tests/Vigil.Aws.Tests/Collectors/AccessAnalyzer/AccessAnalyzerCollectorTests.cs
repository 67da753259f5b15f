using System.Net;
using Vigil.Aws.Collectors.AccessAnalyzer;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Tests.Collectors.AccessAnalyzer;

public sealed class AccessAnalyzerCollectorTests
{
    private static FakeAws Script() => new FakeAws().On("accessanalyzer:ListAnalyzers", call => call.Uri.Query.Contains("nextToken=page-2", StringComparison.Ordinal)
        ? Wire.RestJson($$$"""{"analyzers":[{"arn":"arn:aws:access-analyzer:{{{call.Region}}}:123456789012:analyzer/unused","name":"unused","type":"ACCOUNT_UNUSED_ACCESS","createdAt":"2024-01-01T00:00:00Z","status":"ACTIVE","tags":{}}]}""")
        : Wire.RestJson($$$"""{"analyzers":[{"arn":"arn:aws:access-analyzer:{{{call.Region}}}:123456789012:analyzer/external","name":"external","type":"ACCOUNT","createdAt":"2023-01-01T00:00:00Z","lastResourceAnalyzed":"arn:aws:s3:::bucket","status":"ACTIVE","tags":{"team":"security"}}],"nextToken":"page-2"}"""));

    [Fact]
    public async Task Collect_ReadsEveryAnalyzerOfEveryRegion_AcrossPages()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new AccessAnalyzerCollector(), "us-east-1", "eu-west-1");

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new AccessAnalyzerCollector().Actions, aws.Actions());
        Assert.Equal(4, aws.CallsOf("accessanalyzer:ListAnalyzers").Count());
        Assert.Equal(2, snapshot.AccountRegions.Count);
        var region = snapshot.AccountRegions.Single(r => r.Region == "eu-west-1");
        Assert.Equal(AccountRegion.ArnFor(CollectorRun.AccountId, "eu-west-1"), region.Arn);
        Assert.Equal(
            [
                new AccessAnalyzerInfo { Arn = "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/external", Name = "external", Type = "ACCOUNT", Status = "ACTIVE" },
                new AccessAnalyzerInfo { Arn = "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/unused", Name = "unused", Type = "ACCOUNT_UNUSED_ACCESS", Status = "ACTIVE" },
            ],
            region.AccessAnalyzers);
        Assert.Equal(FindingStatus.Pass, CheckRun.Evaluate(snapshot, "iam-external-access-analyzer-enabled")[0].Status);
    }

    [Fact]
    public async Task Collect_Denied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = new FakeAws().On("accessanalyzer:ListAnalyzers", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: access-analyzer:ListAnalyzers"));

        var snapshot = await CollectorRun.CollectAsync(aws, new AccessAnalyzerCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Empty(region.AccessAnalyzers);
        Assert.Equal(["AccessAnalyzers"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("accessanalyzer", "ListAnalyzers", "AccessDeniedException", region.Arn, "AccessAnalyzers"), (error.Service, error.Operation, error.ErrorCode, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "iam-external-access-analyzer-enabled")).Status);
    }
}
