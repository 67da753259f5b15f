using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Dax;

namespace Vigil.Aws.Collectors.Dax;

/// <summary>The DynamoDB Accelerator clusters of one region; DescribeClusters holds their encryption settings. A
/// cluster created without encryption at rest has no SSEDescription, and one created before endpoint encryption
/// existed has no ClusterEndpointEncryptionType: both mean unencrypted.</summary>
internal sealed class DaxCollector : IResourceCollector
{
    public string Service => "dax";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["dax:DescribeClusters"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var listed = await target.ListAsync(sink, "dax", "DescribeClusters", null, "Clusters", ResourceTypes.DaxCluster, cancellationToken).ConfigureAwait(false);
        if (listed is null) return;
        sink.AddRange(listed.Select(c => ToCluster(target, c)));
    }

    private static DaxCluster ToCluster(CollectionTarget target, JsonNode cluster)
    {
        var name = cluster.Text("ClusterName") ?? throw new InvalidDataException("DescribeClusters returned a cluster without ClusterName");
        return new DaxCluster
        {
            Arn = cluster.Text("ClusterArn") ?? $"arn:{target.Partition}:dax:{target.Region}:{target.AccountId}:cache/{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            Status = cluster.Text("Status"),
            SseStatus = cluster["SSEDescription"].Text("Status") ?? "DISABLED",
            EndpointEncryptionType = cluster.Text("ClusterEndpointEncryptionType") ?? "NONE",
            NodeCount = cluster.Integer("TotalNodes"),
        };
    }
}
