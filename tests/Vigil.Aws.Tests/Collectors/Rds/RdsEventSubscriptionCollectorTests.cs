using System.Net;
using System.Web;
using Vigil.Aws.Collectors.Rds;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Rds;

public sealed class RdsEventSubscriptionCollectorTests
{
    private const string Namespace = "http://rds.amazonaws.com/doc/2014-10-31/";

    private const string Page1 = """
        <EventSubscription>
          <Enabled>true</Enabled>
          <CustomerAwsId>123456789012</CustomerAwsId>
          <SourceType>db-instance</SourceType>
          <Status>active</Status>
          <SourceIdsList><SourceId>billing</SourceId><SourceId>orders</SourceId></SourceIdsList>
          <SubscriptionCreationTime>2024-03-01 10:00:00.123</SubscriptionCreationTime>
          <EventCategoriesList><EventCategory>maintenance</EventCategory><EventCategory>configuration change</EventCategory><EventCategory>failure</EventCategory></EventCategoriesList>
          <CustSubscriptionId>instance-critical</CustSubscriptionId>
          <SnsTopicArn>arn:aws:sns:us-east-1:123456789012:rds-events</SnsTopicArn>
          <EventSubscriptionArn>arn:aws:rds:us-east-1:123456789012:es:instance-critical</EventSubscriptionArn>
        </EventSubscription>
        """;

    private const string Page2 = """
        <EventSubscription>
          <Enabled>false</Enabled>
          <CustomerAwsId>123456789012</CustomerAwsId>
          <Status>topic-not-exist</Status>
          <SubscriptionCreationTime>2023-01-15 08:30:00.000</SubscriptionCreationTime>
          <CustSubscriptionId>everything</CustSubscriptionId>
          <SnsTopicArn>arn:aws:sns:us-east-1:123456789012:deleted-topic</SnsTopicArn>
          <EventSubscriptionArn>arn:aws:rds:us-east-1:123456789012:es:everything</EventSubscriptionArn>
        </EventSubscription>
        """;

    private static HttpResponseMessage Page(string subscriptions, string? marker) => FakeAws.Respond(HttpStatusCode.OK,
        $"<DescribeEventSubscriptionsResponse xmlns=\"{Namespace}\"><DescribeEventSubscriptionsResult>" +
        (marker is null ? "" : $"<Marker>{marker}</Marker>") +
        $"<EventSubscriptionsList>{subscriptions}</EventSubscriptionsList></DescribeEventSubscriptionsResult>" +
        "<ResponseMetadata><RequestId>c1a2b3d4-EXAMPLE</RequestId></ResponseMetadata></DescribeEventSubscriptionsResponse>", "text/xml");

    private static FakeAws Script() => new FakeAws().On("rds:DescribeEventSubscriptions", call =>
        HttpUtility.ParseQueryString(call.Body)["Marker"] == "page-2" ? Page(Page2, null) : Page(Page1, "page-2"));

    [Fact]
    public async Task Collect_ReadsSubscriptionsFieldByField_AcrossTwoPages()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new RdsEventSubscriptionCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Empty(snapshot.Errors);
        Assert.Equal(new RdsEventSubscriptionCollector().Actions, aws.Actions());
        Assert.Equal(2, aws.CallsOf("rds:DescribeEventSubscriptions").Count());
        Assert.Equal(["instance-critical", "everything"], snapshot.RdsEventSubscriptions.Select(s => s.Name));
        var critical = snapshot.RdsEventSubscriptions[0];
        Assert.Equal("arn:aws:rds:us-east-1:123456789012:es:instance-critical", critical.Arn);
        Assert.Equal((CollectorRun.AccountId, "us-east-1"), (critical.AccountId, critical.Region));
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:rds-events", critical.SnsTopicArn);
        Assert.Equal(("active", true, "db-instance"), (critical.Status, critical.Enabled, critical.SourceType));
        Assert.Equal(["billing", "orders"], critical.SourceIds);
        Assert.Equal(["maintenance", "configuration change", "failure"], critical.EventCategories);
        Assert.True(critical.Delivers);
        var everything = snapshot.RdsEventSubscriptions[1];
        Assert.Equal(("topic-not-exist", false, null), (everything.Status, everything.Enabled, everything.SourceType));
        Assert.Empty(everything.SourceIds);
        Assert.Empty(everything.EventCategories);
        Assert.False(everything.Delivers);
    }

    [Fact]
    public async Task Collect_ListingDenied_RecordsTheError_AndTheChecksReportError()
    {
        var aws = new FakeAws().On("rds:DescribeEventSubscriptions", () => Wire.IamAccessDenied("rds:DescribeEventSubscriptions"));

        var snapshot = await CollectorRun.CollectAsync(aws, new RdsEventSubscriptionCollector());

        Assert.Empty(snapshot.RdsEventSubscriptions);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.RdsEventSubscription, "DescribeEventSubscriptions", "AccessDenied", "us-east-1"), (error.ResourceType, error.Operation, error.ErrorCode, error.Region));
        var withRegion = snapshot with { AccountRegions = [new() { Arn = "arn:aws:ec2:us-east-1:123456789012:account-settings", Name = "us-east-1", AccountId = CollectorRun.AccountId, Region = "us-east-1" }] };
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Evaluate(withRegion, "rds-event-subscription-instance-critical")).Status);
    }

    [Fact]
    public async Task Checks_OnTheCollectedSubscriptions_JudgeCoverage()
    {
        var snapshot = await CollectorRun.CollectAsync(Script(), new RdsEventSubscriptionCollector());
        var withRegion = snapshot with { AccountRegions = [new() { Arn = "arn:aws:ec2:us-east-1:123456789012:account-settings", Name = "us-east-1", AccountId = CollectorRun.AccountId, Region = "us-east-1" }] };

        Assert.Equal(FindingStatus.Pass, Assert.Single(CheckRun.Evaluate(withRegion, "rds-event-subscription-instance-critical")).Status);
        Assert.Equal(FindingStatus.Fail, Assert.Single(CheckRun.Evaluate(withRegion, "rds-event-subscription-cluster-critical")).Status);
    }
}
