using Vigil.Core.Model;
using Vigil.Core.Model.Rds;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::RDS::DBCluster: DescribeDBClusters' cluster.</summary>
internal sealed class RdsClusterItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.RdsCluster;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("dBClusterIdentifier") ?? item.ResourceName ?? item.ResourceId;
        var cluster = new RdsCluster
        {
            Arn = c.Text("dBClusterArn") ?? ConfigNames.Arn(item, "rds", $"cluster:{id}"),
            Name = id,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            DbClusterIdentifier = id,
            Engine = c.Text("engine") ?? "unknown",
            EngineVersion = c.Text("engineVersion"),
            StorageEncrypted = c.Flag("storageEncrypted") == true,
            KmsKeyId = c.Text("kmsKeyId"),
            MultiAz = c.Flag("multiAZ") == true,
            AvailabilityZones = c.Texts("availabilityZones"),
            DeletionProtection = c.Flag("deletionProtection") == true,
            IamDatabaseAuthenticationEnabled = c.Flag("iAMDatabaseAuthenticationEnabled") == true,
            BackupRetentionPeriod = (int)(c.Number("backupRetentionPeriod") ?? 0),
            BacktrackWindow = c.Number("backtrackWindow"),
            CopyTagsToSnapshot = c.Flag("copyTagsToSnapshot") == true,
            AutoMinorVersionUpgrade = c.Flag("autoMinorVersionUpgrade") == true,
            EnabledCloudwatchLogsExports = c.Texts("enabledCloudwatchLogsExports"),
            MasterUsername = c.Text("masterUsername"),
            PubliclyAccessible = c.Flag("publiclyAccessible") == true,
        };
        var missing = new MissingProperties("rds", ResourceType)
            .AddIf(!c.Has("deletionProtection"), nameof(RdsCluster.DeletionProtection), "DescribeDBClusters");
        import.Add(import.Missing(cluster, missing.List));
    }
}
