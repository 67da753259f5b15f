using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Sns;

namespace Vigil.Aws.Collectors.Sns;

/// <summary>The region's SNS topics with their attributes (policy, KMS key) and subscription protocols.</summary>
internal sealed class SnsTopicCollector : IResourceCollector
{
    private static readonly string[] AttributeProperties =
        [nameof(SnsTopic.KmsMasterKeyId), nameof(SnsTopic.Policy), nameof(SnsTopic.SubscriptionsConfirmed), nameof(SnsTopic.FifoTopic)];

    public string Service => "sns";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic", "sns:ListTagsForResource", "sns:ListTopics"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var arns = new List<string>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("sns", "ListTopics", null, target.Region, cancellationToken).ConfigureAwait(false))
                arns.AddRange(page.Items("Topics").Select(t => t.String("TopicArn")).OfType<string>());
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.SnsTopic);
            return;
        }
        var topics = await Task.WhenAll(arns.Select(arn => ReadAsync(target, sink, arn, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(topics);
    }

    private static async Task<SnsTopic> ReadAsync(CollectionTarget target, CollectionSink sink, string arn, CancellationToken ct)
    {
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.SnsTopic, arn);
        var attributes = reads.ReadAsync(AttributeProperties, async () =>
            (JsonNode?)(await target.Client.CallAsync("sns", "GetTopicAttributes", new JsonObject { ["TopicArn"] = arn }, target.Region, ct).ConfigureAwait(false))["Attributes"],
            null);
        var protocols = reads.ReadAsync<IReadOnlyList<string>>(nameof(SnsTopic.SubscriptionProtocols), async () =>
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            await foreach (var page in target.Client.PaginateAsync("sns", "ListSubscriptionsByTopic", new JsonObject { ["TopicArn"] = arn }, target.Region, ct).ConfigureAwait(false))
                found.UnionWith(page.Items("Subscriptions").Select(s => s.String("Protocol")).OfType<string>());
            return [.. found];
        }, []);
        var tags = reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(SnsTopic.Tags), () => TagsAsync(target, arn, ct), NoTags);
        var values = await attributes.ConfigureAwait(false);
        return new SnsTopic
        {
            Arn = arn,
            Name = arn.Split(':')[^1],
            AccountId = target.AccountId,
            Region = target.Region,
            KmsMasterKeyId = NonEmpty(values.String("KmsMasterKeyId")),
            Policy = NonEmpty(values.String("Policy")),
            SubscriptionsConfirmed = values.Int("SubscriptionsConfirmed") ?? 0,
            FifoTopic = values.String("FifoTopic") == "true",
            SubscriptionProtocols = await protocols.ConfigureAwait(false),
            Tags = await tags.ConfigureAwait(false),
            Unreadable = reads.Unreadable,
        };
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    private static async Task<IReadOnlyDictionary<string, string>> TagsAsync(CollectionTarget target, string arn, CancellationToken ct)
    {
        var response = await target.Client.CallAsync("sns", "ListTagsForResource", new JsonObject { ["ResourceArn"] = arn }, target.Region, ct).ConfigureAwait(false);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in response.Items("Tags"))
        {
            if (tag.String("Key") is { } key) tags[key] = tag.String("Value") ?? "";
        }
        return tags;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
