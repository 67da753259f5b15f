using Vigil.Aws.Collectors.Sns;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Sns;

public sealed class SnsTopicCollectorTests
{
    private const string Region = "us-east-1";
    private const string AlertsArn = "arn:aws:sns:us-east-1:123456789012:alerts";
    private const string OrdersArn = "arn:aws:sns:us-east-1:123456789012:orders.fifo";
    private const string PolicyJson = """{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"SNS:Publish","Resource":"arn:aws:sns:us-east-1:123456789012:alerts"}]}""";

    [Fact]
    public async Task Collect_ReadsTopicsAttributesAndSubscriptionProtocols_AcrossPages()
    {
        using var aws = new FakeAws();
        aws.On("sns:ListTopics", r => r.Input("NextToken") == "t2"
                ? SnsWire.Response("ListTopics", $"<Topics><member><TopicArn>{OrdersArn}</TopicArn></member></Topics>")
                : SnsWire.Response("ListTopics", $"<Topics><member><TopicArn>{AlertsArn}</TopicArn></member></Topics><NextToken>t2</NextToken>"))
            .On("sns:GetTopicAttributes", r => r.Input("TopicArn") == AlertsArn
                ? SnsWire.Attributes(("Owner", "123456789012"), ("Policy", PolicyJson), ("TopicArn", AlertsArn), ("SubscriptionsConfirmed", "2"),
                    ("SubscriptionsPending", "0"), ("KmsMasterKeyId", "alias/aws/sns"), ("DisplayName", ""))
                : SnsWire.Attributes(("Owner", "123456789012"), ("TopicArn", OrdersArn), ("SubscriptionsConfirmed", "0"), ("FifoTopic", "true"), ("ContentBasedDeduplication", "false")))
            .On("sns:ListSubscriptionsByTopic", r => r.Input("TopicArn") == AlertsArn
                ? SnsWire.Response("ListSubscriptionsByTopic", r.Input("NextToken") == "s2"
                    ? $"<Subscriptions><member><TopicArn>{AlertsArn}</TopicArn><Protocol>email</Protocol><SubscriptionArn>{AlertsArn}:2</SubscriptionArn><Owner>123456789012</Owner><Endpoint>ops@example.com</Endpoint></member></Subscriptions>"
                    : $"<Subscriptions><member><TopicArn>{AlertsArn}</TopicArn><Protocol>https</Protocol><SubscriptionArn>{AlertsArn}:1</SubscriptionArn><Owner>123456789012</Owner><Endpoint>https://hooks.example.com</Endpoint></member></Subscriptions><NextToken>s2</NextToken>")
                : SnsWire.Response("ListSubscriptionsByTopic", "<Subscriptions/>"))
            .On("sns:ListTagsForResource", r => SnsWire.Response("ListTagsForResource", r.Input("ResourceArn") == AlertsArn
                ? "<Tags><member><Key>team</Key><Value>ops</Value></member><member><Key>cost-center</Key><Value></Value></member></Tags>"
                : "<Tags/>"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SnsTopicCollector());

        Assert.Empty(snapshot.Errors);
        var alerts = Assert.Single(snapshot.SnsTopics, t => t.Arn == AlertsArn);
        Assert.Equal(("alerts", CollectorRun.AccountId, Region, "alias/aws/sns", 2, false), (alerts.Name, alerts.AccountId, alerts.Region, alerts.KmsMasterKeyId, alerts.SubscriptionsConfirmed, alerts.FifoTopic));
        Assert.Equal(PolicyJson, alerts.Policy);
        Assert.Equal(["email", "https"], alerts.SubscriptionProtocols);
        Assert.Equal(new Dictionary<string, string> { ["cost-center"] = "", ["team"] = "ops" }, alerts.Tags);
        Assert.Empty(alerts.Unreadable);
        var orders = Assert.Single(snapshot.SnsTopics, t => t.Arn == OrdersArn);
        Assert.Equal(("orders.fifo", null, null, true), (orders.Name, orders.KmsMasterKeyId, orders.Policy, orders.FifoTopic));
        Assert.Empty(orders.SubscriptionProtocols);
        Assert.Empty(orders.Tags);
        Assert.Equal(2, aws.Calls("sns:ListTopics").Count());
    }

    [Fact]
    public async Task Collect_ListTopicsDenied_RecordsTheErrorAndNoTopics()
    {
        using var aws = new FakeAws();
        aws.On("sns:ListTopics", _ => FakeReply.AccessDenied("sns"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SnsTopicCollector());

        Assert.Empty(snapshot.SnsTopics);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("sns", "ListTopics", "AuthorizationError", "AWS::SNS::Topic"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_AttributesDenied_KeepsTheTopic_WithPolicyUnreadable_AndTheCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("sns:ListTopics", _ => SnsWire.Response("ListTopics", $"<Topics><member><TopicArn>{AlertsArn}</TopicArn></member></Topics>"))
            .On("sns:GetTopicAttributes", _ => FakeReply.AccessDenied("sns"))
            .On("sns:ListSubscriptionsByTopic", _ => SnsWire.Response("ListSubscriptionsByTopic", "<Subscriptions/>"))
            .On("sns:ListTagsForResource", _ => SnsWire.Response("ListTagsForResource", "<Tags/>"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SnsTopicCollector());

        var topic = Assert.Single(snapshot.SnsTopics);
        Assert.Equal(["FifoTopic", "KmsMasterKeyId", "Policy", "SubscriptionsConfirmed"], topic.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetTopicAttributes", AlertsArn), (error.Operation, error.ResourceArn));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "sns-topic-policy-no-public-access", AlertsArn).Status);
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepsTheTopicAndItsAttributes_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("sns:ListTopics", _ => SnsWire.Response("ListTopics", $"<Topics><member><TopicArn>{AlertsArn}</TopicArn></member></Topics>"))
            .On("sns:GetTopicAttributes", _ => SnsWire.Attributes(("TopicArn", AlertsArn), ("KmsMasterKeyId", "alias/aws/sns"), ("SubscriptionsConfirmed", "1")))
            .On("sns:ListSubscriptionsByTopic", _ => SnsWire.Response("ListSubscriptionsByTopic", "<Subscriptions/>"))
            .On("sns:ListTagsForResource", _ => FakeReply.AccessDenied("sns"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SnsTopicCollector());

        var topic = Assert.Single(snapshot.SnsTopics);
        Assert.Equal(("alias/aws/sns", 1), (topic.KmsMasterKeyId, topic.SubscriptionsConfirmed));
        Assert.Empty(topic.Tags);
        Assert.Equal(["Tags"], topic.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListTagsForResource", AlertsArn, "Tags"), (error.Operation, error.ResourceArn, error.Property));
    }
}
