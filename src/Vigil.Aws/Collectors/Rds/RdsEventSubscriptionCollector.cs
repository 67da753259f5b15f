using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Rds;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>The RDS event notification subscriptions of one region; the listing holds everything the checks read.</summary>
internal sealed class RdsEventSubscriptionCollector : IResourceCollector
{
    public string Service => "rds";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["rds:DescribeEventSubscriptions"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var listed = await target.ListAsync(sink, "rds", "DescribeEventSubscriptions", null, "EventSubscriptionsList",
            ResourceTypes.RdsEventSubscription, cancellationToken).ConfigureAwait(false);
        if (listed is null) return;
        sink.AddRange(listed.Select(s => ToSubscription(target, s)));
    }

    private static RdsEventSubscription ToSubscription(CollectionTarget target, JsonNode subscription)
    {
        var name = subscription.Text("CustSubscriptionId")
            ?? throw new InvalidDataException("DescribeEventSubscriptions returned a subscription without CustSubscriptionId");
        return new RdsEventSubscription
        {
            Arn = subscription.Text("EventSubscriptionArn") ?? RdsNames.Arn(target, "es", name),
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            SnsTopicArn = subscription.Text("SnsTopicArn"),
            Status = subscription.Text("Status") ?? throw new InvalidDataException($"DescribeEventSubscriptions returned subscription {name} without Status"),
            Enabled = subscription.Flag("Enabled") ?? false,
            SourceType = subscription.Text("SourceType") is { Length: > 0 } type ? type : null,
            SourceIds = subscription.Texts("SourceIdsList"),
            EventCategories = subscription.Texts("EventCategoriesList"),
        };
    }
}
