using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>RDS in one region: DB instances (with the TLS parameters of their parameter groups), DB clusters, and the
/// account's DB and DB cluster snapshots with who may restore them.</summary>
internal sealed class RdsCollector : IResourceCollector
{
    public string Service => "rds";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "rds:DescribeDBClusterSnapshotAttributes", "rds:DescribeDBClusterSnapshots", "rds:DescribeDBClusters",
        "rds:DescribeDBInstances", "rds:DescribeDBParameters", "rds:DescribeDBSnapshotAttributes", "rds:DescribeDBSnapshots",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        RdsInstanceReader.ReadAsync(target, sink, cancellationToken),
        RdsClusterReader.ReadAsync(target, sink, cancellationToken),
        RdsSnapshotReader.ReadAsync(target, sink, RdsSnapshotKind.Instance, cancellationToken),
        RdsSnapshotReader.ReadAsync(target, sink, RdsSnapshotKind.Cluster, cancellationToken));
}
