using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Rds;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>DB clusters (DescribeDBClusters).</summary>
internal static class RdsClusterReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var clusters = await target.ListAsync(sink, "rds", "DescribeDBClusters", null, "DBClusters", ResourceTypes.RdsCluster, cancellationToken).ConfigureAwait(false);
        if (clusters is null) return;
        sink.AddRange(clusters.Select(c => ToCluster(target, c)));
    }

    private static RdsCluster ToCluster(CollectionTarget target, JsonNode cluster)
    {
        var id = cluster.Text("DBClusterIdentifier") ?? throw new InvalidDataException("DescribeDBClusters returned a cluster without DBClusterIdentifier");
        return new RdsCluster
        {
            Arn = cluster.Text("DBClusterArn") ?? RdsNames.Arn(target, "cluster", id),
            Name = id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = cluster.KeyValueTags("TagList"),
            DbClusterIdentifier = id,
            Engine = cluster.Text("Engine") ?? throw new InvalidDataException($"DescribeDBClusters returned cluster {id} without Engine"),
            EngineVersion = cluster.Text("EngineVersion"),
            StorageEncrypted = cluster.Flag("StorageEncrypted") ?? false,
            KmsKeyId = cluster.Text("KmsKeyId"),
            MultiAz = cluster.Flag("MultiAZ") ?? false,
            AvailabilityZones = cluster.Texts("AvailabilityZones"),
            DeletionProtection = cluster.Flag("DeletionProtection") ?? false,
            IamDatabaseAuthenticationEnabled = cluster.Flag("IAMDatabaseAuthenticationEnabled") ?? false,
            BackupRetentionPeriod = cluster.Integer("BackupRetentionPeriod") ?? 0,
            BacktrackWindow = cluster.Number("BacktrackWindow"),
            CopyTagsToSnapshot = cluster.Flag("CopyTagsToSnapshot") ?? false,
            AutoMinorVersionUpgrade = cluster.Flag("AutoMinorVersionUpgrade") ?? false,
            EnabledCloudwatchLogsExports = cluster.Texts("EnabledCloudwatchLogsExports"),
            MasterUsername = cluster.Text("MasterUsername"),
            PubliclyAccessible = cluster.Flag("PubliclyAccessible") ?? false,
        };
    }
}
