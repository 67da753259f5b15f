using System.Net;
using Vigil.Aws.Collectors.Macie;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Macie;

public sealed class MacieCollectorTests
{
    private const string Session = """
        {"createdAt":"2024-02-01T10:00:00.000Z","findingPublishingFrequency":"FIFTEEN_MINUTES",
         "serviceRole":"arn:aws:iam::123456789012:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie",
         "status":"ENABLED","updatedAt":"2024-06-01T10:00:00.000Z"}
        """;

    private const string Discovery = """
        {"classificationScopeId":"117aff7ed76b59a59e1ebb8d5EXAMPLE","firstEnabledAt":"2024-02-02T10:00:00.000Z",
         "lastUpdatedAt":"2024-06-01T10:00:00.000Z","sensitivityInspectionTemplateId":"9f31ec9a1f5c04a3c6b4b2a1EXAMPLE","status":"ENABLED"}
        """;

    private static FakeAws Script() => new FakeAws()
        .On("macie2:GetMacieSession", call => call.Region == "eu-west-1"
            ? Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "Macie is not enabled.")
            : Wire.RestJson(Session))
        .On("macie2:GetAutomatedDiscoveryConfiguration", () => Wire.RestJson(Discovery));

    [Fact]
    public async Task Collect_ReadsTheSessionAndAutomatedDiscovery_PerRegion()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new MacieCollector(), "us-east-1", "eu-west-1");

        Assert.Empty(aws.Unscripted);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(new MacieCollector().Actions, aws.Actions());
        Assert.Equal("/macie", aws.CallsOf("macie2:GetMacieSession").First().Uri.AbsolutePath);
        Assert.Equal(["us-east-1"], aws.CallsOf("macie2:GetAutomatedDiscoveryConfiguration").Select(c => c.Region));
        var regions = snapshot.AccountRegions.ToDictionary(r => r.Region!);
        Assert.Equal(("ENABLED", "ENABLED"), (regions["us-east-1"].Macie, regions["us-east-1"].MacieAutomatedDiscovery));
        Assert.Equal(("DISABLED", "DISABLED"), (regions["eu-west-1"].Macie, regions["eu-west-1"].MacieAutomatedDiscovery));
        Assert.All(snapshot.AccountRegions, r => Assert.Empty(r.Unreadable));
        Assert.Equal(FindingStatus.Fail, CheckRun.Evaluate(snapshot, "macie-enabled").Single(f => f.ResourceRef.Region == "eu-west-1").Status);
        Assert.Equal(FindingStatus.Pass, CheckRun.Evaluate(snapshot, "macie-automated-discovery-enabled").Single(f => f.ResourceRef.Region == "us-east-1").Status);
    }

    [Fact]
    public async Task Collect_SessionDenied_IsUnreadable_NotDisabled()
    {
        var aws = new FakeAws().On("macie2:GetMacieSession", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: macie2:GetMacieSession"));

        var snapshot = await CollectorRun.CollectAsync(aws, new MacieCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.Macie);
        Assert.Null(region.MacieAutomatedDiscovery);
        Assert.Equal(["Macie", "MacieAutomatedDiscovery"], region.Unreadable);
        Assert.All(snapshot.Errors, e => Assert.Equal(("GetMacieSession", "AccessDeniedException", region.Arn), (e.Operation, e.ErrorCode, e.ResourceArn)));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "macie-enabled")).Status);
    }

    [Fact]
    public async Task Collect_AutomatedDiscoveryDenied_KeepsTheSession_AndTheCheckReportsError()
    {
        var aws = Script().On("macie2:GetAutomatedDiscoveryConfiguration", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: macie2:GetAutomatedDiscoveryConfiguration"));

        var snapshot = await CollectorRun.CollectAsync(aws, new MacieCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Equal("ENABLED", region.Macie);
        Assert.Null(region.MacieAutomatedDiscovery);
        Assert.Equal(["MacieAutomatedDiscovery"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("macie2", "GetAutomatedDiscoveryConfiguration", "MacieAutomatedDiscovery"), (error.Service, error.Operation, error.Property));
        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Evaluate(snapshot, "macie-enabled")).Status);
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "macie-automated-discovery-enabled")).Status);
    }
}
