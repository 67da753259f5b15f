using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Sqs;

namespace Vigil.Aws.Collectors.Sqs;

/// <summary>The region's SQS queues with all their attributes.</summary>
internal sealed class SqsQueueCollector : IResourceCollector
{
    private static readonly string[] AttributeProperties =
    [
        nameof(SqsQueue.KmsMasterKeyId), nameof(SqsQueue.SqsManagedSseEnabled), nameof(SqsQueue.Policy), nameof(SqsQueue.DeadLetterTargetArn),
        nameof(SqsQueue.FifoQueue), nameof(SqsQueue.MessageRetentionPeriodSeconds),
    ];

    public string Service => "sqs";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["sqs:GetQueueAttributes", "sqs:ListQueueTags", "sqs:ListQueues"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var urls = new List<string>();
        try
        {
            // Without MaxResults ListQueues answers at most 1,000 queues and no token to continue with.
            await foreach (var page in target.Client.PaginateAsync("sqs", "ListQueues", new JsonObject { ["MaxResults"] = 1000 }, target.Region, cancellationToken).ConfigureAwait(false))
                urls.AddRange(page.Strings("QueueUrls"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.SqsQueue);
            return;
        }
        var queues = await Task.WhenAll(urls.Select(url => ReadAsync(target, sink, url, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(queues);
    }

    private static async Task<SqsQueue> ReadAsync(CollectionTarget target, CollectionSink sink, string url, CancellationToken ct)
    {
        var name = url.TrimEnd('/').Split('/')[^1];
        var arn = $"arn:{target.Partition}:sqs:{target.Region}:{target.AccountId}:{name}";
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.SqsQueue, arn);
        var tags = reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(SqsQueue.Tags), () => TagsAsync(target, url, ct), NoTags);
        var attributes = await reads.ReadAsync(AttributeProperties, async () =>
            (JsonNode?)(await target.Client.CallAsync("sqs", "GetQueueAttributes", new JsonObject { ["QueueUrl"] = url, ["AttributeNames"] = new JsonArray("All") }, target.Region, ct).ConfigureAwait(false))["Attributes"],
            null).ConfigureAwait(false);
        var deadLetterTarget = DeadLetterTarget(attributes.String("RedrivePolicy"), out var redriveProblem);
        if (redriveProblem is not null)
        {
            sink.Failed(new CollectionError
            {
                AccountId = target.AccountId, Service = "sqs", Region = target.Region, Operation = "GetQueueAttributes", ErrorCode = "InvalidResponse",
                Message = redriveProblem, ResourceType = ResourceTypes.SqsQueue, ResourceArn = arn, Property = nameof(SqsQueue.DeadLetterTargetArn),
            });
            reads.MarkUnreadable(nameof(SqsQueue.DeadLetterTargetArn));
        }
        return new SqsQueue
        {
            Arn = attributes.String("QueueArn") ?? arn,
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            QueueUrl = url,
            KmsMasterKeyId = NonEmpty(attributes.String("KmsMasterKeyId")),
            SqsManagedSseEnabled = attributes.String("SqsManagedSseEnabled") == "true",
            Policy = NonEmpty(attributes.String("Policy")),
            DeadLetterTargetArn = deadLetterTarget,
            FifoQueue = attributes.String("FifoQueue") == "true",
            MessageRetentionPeriodSeconds = attributes.Int("MessageRetentionPeriod") ?? 0,
            Tags = await tags.ConfigureAwait(false),
            Unreadable = reads.Unreadable,
        };
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    /// <summary>ListQueueTags answers the queue's tags as one map.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> TagsAsync(CollectionTarget target, string url, CancellationToken ct)
    {
        var response = await target.Client.CallAsync("sqs", "ListQueueTags", new JsonObject { ["QueueUrl"] = url }, target.Region, ct).ConfigureAwait(false);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (response["Tags"] is JsonObject map)
        {
            foreach (var (key, value) in map) tags[key] = value?.GetValue<string>() ?? "";
        }
        return tags;
    }

    /// <summary>The deadLetterTargetArn of a RedrivePolicy attribute (a JSON document in a string).</summary>
    private static string? DeadLetterTarget(string? redrivePolicy, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(redrivePolicy)) return null;
        try
        {
            return JsonNode.Parse(redrivePolicy).String("deadLetterTargetArn");
        }
        catch (JsonException e)
        {
            problem = $"The RedrivePolicy attribute is not JSON: {e.Message}";
            return null;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
