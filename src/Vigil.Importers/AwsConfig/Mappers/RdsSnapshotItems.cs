using Vigil.Core.Model;
using Vigil.Core.Model.Rds;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::RDS::DBSnapshot and AWS::RDS::DBClusterSnapshot; who may restore the snapshot is its "restore"
/// attribute in the supplementary configuration (DBSnapshotAttributes / DBClusterSnapshotAttributes).</summary>
internal sealed class RdsSnapshotItems(bool cluster) : IConfigItemMapper
{
    public string ResourceType => cluster ? ResourceTypes.RdsClusterSnapshot : ResourceTypes.RdsSnapshot;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = (cluster ? c.Text("dBClusterSnapshotIdentifier") : c.Text("dBSnapshotIdentifier")) ?? item.ResourceName ?? item.ResourceId;
        var attributes = item.Supplement(cluster ? "DBClusterSnapshotAttributes" : "DBSnapshotAttributes");
        var restorers = (attributes as System.Text.Json.Nodes.JsonArray)?.OfType<System.Text.Json.Nodes.JsonNode>().Where(a => a.Text("attributeName") == "restore").SelectMany(a => a.Texts("attributeValues")).ToList();
        var snapshot = new RdsSnapshot
        {
            Arn = (cluster ? c.Text("dBClusterSnapshotArn") : c.Text("dBSnapshotArn")) ?? ConfigNames.Arn(item, "rds", $"{(cluster ? "cluster-snapshot" : "snapshot")}:{id}"),
            Name = id,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            SnapshotIdentifier = id,
            IsClusterSnapshot = cluster,
            SourceIdentifier = cluster ? c.Text("dBClusterIdentifier") : c.Text("dBInstanceIdentifier"),
            Encrypted = (cluster ? c.Flag("storageEncrypted") : c.Flag("encrypted")) == true,
            KmsKeyId = c.Text("kmsKeyId"),
            SnapshotType = c.Text("snapshotType") ?? "manual",
            Public = restorers?.Contains("all") == true,
            SharedWithAccounts = [.. (restorers ?? []).Where(r => r != "all")],
            CreateTime = c.Time("snapshotCreateTime"),
        };
        var missing = new MissingProperties("rds", ResourceType)
            .AddIf(restorers is null, nameof(RdsSnapshot.Public), cluster ? "DescribeDBClusterSnapshotAttributes" : "DescribeDBSnapshotAttributes")
            .AddIf(restorers is null, nameof(RdsSnapshot.SharedWithAccounts), cluster ? "DescribeDBClusterSnapshotAttributes" : "DescribeDBSnapshotAttributes");
        import.Add(import.Missing(snapshot, missing.List));
    }
}
