using System.Text.Json.Nodes;
using Vigil.Core.Model.Rds;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>RDS per region: instances (with a parameter group holding the TLS parameter where the snapshot has
/// one), clusters, instance and cluster snapshots with their restore attribute.</summary>
internal static class RdsScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var instances = scope.In<RdsInstance>(region).ToList();
            script.Answer("rds", "DescribeDBInstances", new JsonObject { ["DBInstances"] = Trees.Array(instances.Select(Instance)) }, region);
            foreach (var instance in instances.Where(i => i.Parameters.Count > 0))
            {
                script.Answer("rds", "DescribeDBParameters", new JsonObject
                {
                    ["Parameters"] = Trees.Array(instance.Parameters.Select(p => new JsonObject { ["ParameterName"] = p.Key, ["ParameterValue"] = p.Value, ["Source"] = "user" })),
                }, region, new JsonObject { ["DBParameterGroupName"] = ParameterGroup(instance) });
            }
            script.Answer("rds", "DescribeDBClusters", new JsonObject { ["DBClusters"] = Trees.Array(scope.In<RdsCluster>(region).Select(Cluster)) }, region);
            var snapshots = scope.In<RdsSnapshot>(region).ToList();
            script.Answer("rds", "DescribeDBSnapshots", new JsonObject { ["DBSnapshots"] = Trees.Array(snapshots.Where(s => !s.IsClusterSnapshot).Select(s => Snapshot(s, cluster: false))) }, region);
            script.Answer("rds", "DescribeDBClusterSnapshots", new JsonObject { ["DBClusterSnapshots"] = Trees.Array(snapshots.Where(s => s.IsClusterSnapshot).Select(s => Snapshot(s, cluster: true))) }, region);
            foreach (var snapshot in snapshots)
            {
                var restore = new JsonArray(new JsonObject
                {
                    ["AttributeName"] = "restore",
                    ["AttributeValues"] = Trees.Strings((snapshot.Public ? ["all"] : Array.Empty<string>()).Concat(snapshot.SharedWithAccounts)),
                });
                if (snapshot.IsClusterSnapshot)
                {
                    script.Answer("rds", "DescribeDBClusterSnapshotAttributes", new JsonObject
                    {
                        ["DBClusterSnapshotAttributesResult"] = new JsonObject { ["DBClusterSnapshotIdentifier"] = snapshot.SnapshotIdentifier, ["DBClusterSnapshotAttributes"] = restore },
                    }, region, new JsonObject { ["DBClusterSnapshotIdentifier"] = snapshot.SnapshotIdentifier });
                }
                else
                {
                    script.Answer("rds", "DescribeDBSnapshotAttributes", new JsonObject
                    {
                        ["DBSnapshotAttributesResult"] = new JsonObject { ["DBSnapshotIdentifier"] = snapshot.SnapshotIdentifier, ["DBSnapshotAttributes"] = restore },
                    }, region, new JsonObject { ["DBSnapshotIdentifier"] = snapshot.SnapshotIdentifier });
                }
            }
        }
    }

    private static string ParameterGroup(RdsInstance instance) => instance.DbInstanceIdentifier + "-params";

    private static JsonObject Instance(RdsInstance instance) => Trees.Object(
        ("DBInstanceIdentifier", instance.DbInstanceIdentifier), ("DBInstanceArn", instance.Arn), ("DBInstanceClass", instance.DbInstanceClass),
        ("Engine", instance.Engine), ("EngineVersion", instance.EngineVersion), ("DBInstanceStatus", "available"), ("MasterUsername", instance.MasterUsername),
        ("Endpoint", instance.Port is { } port ? new JsonObject { ["Address"] = $"{instance.DbInstanceIdentifier}.fake.rds.amazonaws.com", ["Port"] = port } : null),
        ("BackupRetentionPeriod", instance.BackupRetentionPeriod),
        ("DBParameterGroups", instance.Parameters.Count > 0 ? new JsonArray(new JsonObject { ["DBParameterGroupName"] = ParameterGroup(instance), ["ParameterApplyStatus"] = "in-sync" }) : null),
        ("DBSubnetGroup", instance.VpcId is { } vpc ? new JsonObject { ["DBSubnetGroupName"] = "default", ["VpcId"] = vpc } : null),
        ("MultiAZ", instance.MultiAz), ("AutoMinorVersionUpgrade", instance.AutoMinorVersionUpgrade),
        ("ReadReplicaSourceDBInstanceIdentifier", instance.ReadReplicaSourceDbInstanceIdentifier), ("PubliclyAccessible", instance.PubliclyAccessible),
        ("StorageEncrypted", instance.StorageEncrypted), ("KmsKeyId", instance.KmsKeyId), ("DBClusterIdentifier", instance.DbClusterIdentifier),
        ("CopyTagsToSnapshot", instance.CopyTagsToSnapshot), ("MonitoringInterval", instance.MonitoringInterval),
        ("IAMDatabaseAuthenticationEnabled", instance.IamDatabaseAuthenticationEnabled), ("PerformanceInsightsEnabled", instance.PerformanceInsightsEnabled),
        ("EnabledCloudwatchLogsExports", Trees.Strings(instance.EnabledCloudwatchLogsExports)), ("DeletionProtection", instance.DeletionProtection),
        ("TagList", Trees.KeyValueTags(instance.Tags)));

    private static JsonObject Cluster(RdsCluster cluster) => Trees.Object(
        ("DBClusterIdentifier", cluster.DbClusterIdentifier), ("DBClusterArn", cluster.Arn), ("Engine", cluster.Engine), ("EngineVersion", cluster.EngineVersion),
        ("Status", "available"), ("AvailabilityZones", Trees.Strings(cluster.AvailabilityZones)), ("BackupRetentionPeriod", cluster.BackupRetentionPeriod),
        ("MasterUsername", cluster.MasterUsername), ("MultiAZ", cluster.MultiAz), ("StorageEncrypted", cluster.StorageEncrypted), ("KmsKeyId", cluster.KmsKeyId),
        ("IAMDatabaseAuthenticationEnabled", cluster.IamDatabaseAuthenticationEnabled), ("BacktrackWindow", cluster.BacktrackWindow),
        ("EnabledCloudwatchLogsExports", Trees.Strings(cluster.EnabledCloudwatchLogsExports)), ("DeletionProtection", cluster.DeletionProtection),
        ("CopyTagsToSnapshot", cluster.CopyTagsToSnapshot), ("AutoMinorVersionUpgrade", cluster.AutoMinorVersionUpgrade),
        ("PubliclyAccessible", cluster.PubliclyAccessible), ("TagList", Trees.KeyValueTags(cluster.Tags)));

    private static JsonObject Snapshot(RdsSnapshot snapshot, bool cluster) => cluster
        ? Trees.Object(
            ("DBClusterSnapshotIdentifier", snapshot.SnapshotIdentifier), ("DBClusterSnapshotArn", snapshot.Arn), ("DBClusterIdentifier", snapshot.SourceIdentifier),
            ("StorageEncrypted", snapshot.Encrypted), ("KmsKeyId", snapshot.KmsKeyId), ("SnapshotType", snapshot.SnapshotType),
            ("SnapshotCreateTime", Trees.Iso(snapshot.CreateTime)), ("Status", "available"), ("TagList", Trees.KeyValueTags(snapshot.Tags)))
        : Trees.Object(
            ("DBSnapshotIdentifier", snapshot.SnapshotIdentifier), ("DBSnapshotArn", snapshot.Arn), ("DBInstanceIdentifier", snapshot.SourceIdentifier),
            ("Encrypted", snapshot.Encrypted), ("KmsKeyId", snapshot.KmsKeyId), ("SnapshotType", snapshot.SnapshotType),
            ("SnapshotCreateTime", Trees.Iso(snapshot.CreateTime)), ("Status", "available"), ("TagList", Trees.KeyValueTags(snapshot.Tags)));
}
