using System.Net;
using Vigil.Aws.Collectors.SecurityHub;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.SecurityHub;

public sealed class SecurityHubCollectorTests
{
    private static FakeAws Script() => new FakeAws()
        .On("securityhub:DescribeHub", () => Wire.RestJson("""{"HubArn":"arn:aws:securityhub:us-east-1:123456789012:hub/default","SubscribedAt":"2023-02-01T10:00:00.000Z","AutoEnableControls":true,"ControlFindingGenerator":"SECURITY_CONTROL"}"""))
        .On("securityhub:GetEnabledStandards", call => call.Body.Contains("\"NextToken\":\"next\"", StringComparison.Ordinal)
            ? Wire.RestJson("""
                {"StandardsSubscriptions":[
                  {"StandardsSubscriptionArn":"arn:aws:securityhub:us-east-1:123456789012:subscription/cis-aws-foundations-benchmark/v/5.0.0","StandardsArn":"arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/5.0.0","StandardsInput":{},"StandardsStatus":"READY"},
                  {"StandardsSubscriptionArn":"arn:aws:securityhub:us-east-1:123456789012:subscription/pci-dss/v/3.2.1","StandardsArn":"arn:aws:securityhub:us-east-1::standards/pci-dss/v/3.2.1","StandardsInput":{},"StandardsStatus":"DELETING"}]}
                """)
            : Wire.RestJson("""
                {"StandardsSubscriptions":[{"StandardsSubscriptionArn":"arn:aws:securityhub:us-east-1:123456789012:subscription/aws-foundational-security-best-practices/v/1.0.0","StandardsArn":"arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0","StandardsInput":{},"StandardsStatus":"READY"},
                  {"StandardsSubscriptionArn":"arn:aws:securityhub:us-east-1:123456789012:subscription/cis-aws-foundations-benchmark/v/1.2.0","StandardsArn":"arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0","StandardsInput":{},"StandardsStatus":"INCOMPLETE"}],
                 "NextToken":"next"}
                """));

    [Fact]
    public async Task Collect_ReadsTheHubAndItsEnabledStandards_AcrossPages()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new SecurityHubCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new SecurityHubCollector().Actions, aws.Actions());
        Assert.Equal(("GET", "/accounts"), (Assert.Single(aws.CallsOf("securityhub:DescribeHub")).Method, aws.CallsOf("securityhub:DescribeHub").Single().Uri.AbsolutePath));
        Assert.Equal(2, aws.CallsOf("securityhub:GetEnabledStandards").Count());
        var hub = Assert.Single(snapshot.AccountRegions).SecurityHub!;
        Assert.True(hub.Enabled);
        Assert.Equal(["aws-foundational-security-best-practices/v/1.0.0", "cis-aws-foundations-benchmark/v/1.2.0", "cis-aws-foundations-benchmark/v/5.0.0"], hub.EnabledStandards);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Collect_NotSubscribed_IsDisabledNotAFailure()
    {
        var aws = new FakeAws().On("securityhub:DescribeHub", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "InvalidAccessException",
            "Account 123456789012 is not subscribed to AWS Security Hub"));

        var snapshot = await CollectorRun.CollectAsync(aws, new SecurityHubCollector());

        Assert.False(Assert.Single(snapshot.AccountRegions).SecurityHub!.Enabled);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(FindingStatus.Fail, Assert.Single(CheckRun.Evaluate(snapshot, "securityhub-enabled")).Status);
    }

    [Fact]
    public async Task Collect_HubDenied_IsUnreadable()
    {
        var aws = new FakeAws().On("securityhub:DescribeHub", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "not authorized to perform: securityhub:DescribeHub"));

        var snapshot = await CollectorRun.CollectAsync(aws, new SecurityHubCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Null(region.SecurityHub);
        Assert.Equal(["SecurityHub"], region.Unreadable);
        Assert.Equal(("DescribeHub", "AccessDeniedException"), (snapshot.Errors[0].Operation, snapshot.Errors[0].ErrorCode));
    }

    [Fact]
    public async Task Collect_StandardsDenied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = Script().On("securityhub:GetEnabledStandards", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException", "not authorized to perform: securityhub:GetEnabledStandards"));

        var snapshot = await CollectorRun.CollectAsync(aws, new SecurityHubCollector());

        var region = Assert.Single(snapshot.AccountRegions);
        Assert.Equal(["SecurityHub"], region.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("securityhub", "GetEnabledStandards", region.Arn, "SecurityHub"), (error.Service, error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(snapshot, "securityhub-enabled")).Status);
    }
}
