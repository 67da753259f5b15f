using Vigil.Aws.Collectors.Sqs;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Sqs;

public sealed class SqsQueueCollectorTests
{
    private const string Region = "eu-west-1";
    private const string OrdersUrl = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders";
    private const string DeadUrl = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-dlq.fifo";

    [Fact]
    public async Task Collect_ReadsEveryQueuesAttributes_AcrossPages()
    {
        using var aws = new FakeAws();
        aws.On("sqs:ListQueues", r => FakeReply.Json(r.Input("NextToken") == "q2"
                ? $$"""{"QueueUrls":["{{DeadUrl}}"]}"""
                : $$"""{"QueueUrls":["{{OrdersUrl}}"],"NextToken":"q2"}""", "1.0"))
            .On("sqs:GetQueueAttributes", r => FakeReply.Json(r.Input("QueueUrl") == OrdersUrl
                ? """
                  {"Attributes":{"QueueArn":"arn:aws:sqs:eu-west-1:123456789012:orders","ApproximateNumberOfMessages":"0","CreatedTimestamp":"1700000000",
                   "MessageRetentionPeriod":"345600","KmsMasterKeyId":"alias/orders","KmsDataKeyReusePeriodSeconds":"300","SqsManagedSseEnabled":"false",
                   "Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                   "RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:123456789012:orders-dlq.fifo\",\"maxReceiveCount\":5}"}}
                  """
                : """{"Attributes":{"QueueArn":"arn:aws:sqs:eu-west-1:123456789012:orders-dlq.fifo","MessageRetentionPeriod":"1209600","SqsManagedSseEnabled":"true","FifoQueue":"true","ContentBasedDeduplication":"false"}}""",
                "1.0"))
            .On("sqs:ListQueueTags", r => FakeReply.Json(r.Input("QueueUrl") == OrdersUrl ? """{"Tags":{"team":"payments","data-classification":"confidential"}}""" : "{}", "1.0"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SqsQueueCollector());

        Assert.Empty(snapshot.Errors);
        var orders = Assert.Single(snapshot.SqsQueues, q => q.Name == "orders");
        Assert.Equal(("arn:aws:sqs:eu-west-1:123456789012:orders", CollectorRun.AccountId, Region, OrdersUrl), (orders.Arn, orders.AccountId, orders.Region, orders.QueueUrl));
        Assert.Equal(("alias/orders", false, """{"Version":"2012-10-17","Statement":[]}""", "arn:aws:sqs:eu-west-1:123456789012:orders-dlq.fifo", false, 345600),
            (orders.KmsMasterKeyId, orders.SqsManagedSseEnabled, orders.Policy, orders.DeadLetterTargetArn, orders.FifoQueue, orders.MessageRetentionPeriodSeconds));
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "confidential", ["team"] = "payments" }, orders.Tags);
        Assert.Empty(orders.Unreadable);
        var dead = Assert.Single(snapshot.SqsQueues, q => q.Name == "orders-dlq.fifo");
        Assert.Equal((null, true, null, null, true, 1209600), (dead.KmsMasterKeyId, dead.SqsManagedSseEnabled, dead.Policy, dead.DeadLetterTargetArn, dead.FifoQueue, dead.MessageRetentionPeriodSeconds));
        Assert.Empty(dead.Tags);
        Assert.Equal([OrdersUrl, DeadUrl], aws.Calls("sqs:ListQueueTags").Select(r => r.Input("QueueUrl")).Order(StringComparer.Ordinal));
        Assert.All(aws.Calls("sqs:ListQueues"), r => Assert.Equal(1000, r.Json["MaxResults"]!.GetValue<int>()));
        Assert.All(aws.Calls("sqs:GetQueueAttributes"), r => Assert.Equal("All", r.Json["AttributeNames"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Collect_ListQueuesDenied_RecordsTheErrorAndNoQueues()
    {
        using var aws = new FakeAws();
        aws.On("sqs:ListQueues", _ => FakeReply.AccessDenied("sqs"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SqsQueueCollector());

        Assert.Empty(snapshot.SqsQueues);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("sqs", "ListQueues", "AccessDeniedException", "AWS::SQS::Queue"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_AttributesDenied_KeepsTheQueue_WithItsSettingsUnreadable_AndTheChecksErr()
    {
        using var aws = new FakeAws();
        aws.On("sqs:ListQueues", _ => FakeReply.Json($$"""{"QueueUrls":["{{OrdersUrl}}"]}""", "1.0"))
            .On("sqs:GetQueueAttributes", _ => FakeReply.AccessDenied("sqs"))
            .On("sqs:ListQueueTags", _ => FakeReply.Json("{}", "1.0"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SqsQueueCollector());

        var queue = Assert.Single(snapshot.SqsQueues);
        Assert.Equal("arn:aws:sqs:eu-west-1:123456789012:orders", queue.Arn);
        Assert.Equal(["DeadLetterTargetArn", "FifoQueue", "KmsMasterKeyId", "MessageRetentionPeriodSeconds", "Policy", "SqsManagedSseEnabled"], queue.Unreadable);
        Assert.Equal("GetQueueAttributes", Assert.Single(snapshot.Errors).Operation);
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "sqs-queue-encrypted-at-rest", queue.Arn).Status);
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "sqs-queue-policy-no-public-access", queue.Arn).Status);
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepsTheQueueAndItsSettings_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("sqs:ListQueues", _ => FakeReply.Json($$"""{"QueueUrls":["{{OrdersUrl}}"]}""", "1.0"))
            .On("sqs:GetQueueAttributes", _ => FakeReply.Json("""{"Attributes":{"QueueArn":"arn:aws:sqs:eu-west-1:123456789012:orders","SqsManagedSseEnabled":"true"}}""", "1.0"))
            .On("sqs:ListQueueTags", _ => FakeReply.AccessDenied("sqs"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SqsQueueCollector());

        var queue = Assert.Single(snapshot.SqsQueues);
        Assert.True(queue.SqsManagedSseEnabled);
        Assert.Empty(queue.Tags);
        Assert.Equal(["Tags"], queue.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListQueueTags", "AccessDeniedException", queue.Arn, "Tags"), (error.Operation, error.ErrorCode, error.ResourceArn, error.Property));
    }
}
