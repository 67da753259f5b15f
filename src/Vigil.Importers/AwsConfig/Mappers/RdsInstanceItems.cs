using Vigil.Core.Model;
using Vigil.Core.Model.Rds;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::RDS::DBInstance: DescribeDBInstances' instance. Parameter group values are not in the item.</summary>
internal sealed class RdsInstanceItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.RdsInstance;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("dBInstanceIdentifier") ?? item.ResourceName ?? item.ResourceId;
        var instance = new RdsInstance
        {
            Arn = c.Text("dBInstanceArn") ?? ConfigNames.Arn(item, "rds", $"db:{id}"),
            Name = id,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            DbInstanceIdentifier = id,
            Engine = c.Text("engine") ?? "unknown",
            EngineVersion = c.Text("engineVersion"),
            DbInstanceClass = c.Text("dBInstanceClass"),
            DbClusterIdentifier = c.Text("dBClusterIdentifier"),
            ReadReplicaSourceDbInstanceIdentifier = c.Text("readReplicaSourceDBInstanceIdentifier"),
            PubliclyAccessible = c.Flag("publiclyAccessible") == true,
            StorageEncrypted = c.Flag("storageEncrypted") == true,
            KmsKeyId = c.Text("kmsKeyId"),
            MultiAz = c.Flag("multiAZ") == true,
            AutoMinorVersionUpgrade = c.Flag("autoMinorVersionUpgrade") == true,
            BackupRetentionPeriod = (int)(c.Number("backupRetentionPeriod") ?? 0),
            DeletionProtection = c.Flag("deletionProtection") == true,
            IamDatabaseAuthenticationEnabled = c.Flag("iAMDatabaseAuthenticationEnabled") == true,
            MonitoringInterval = (int)(c.Number("monitoringInterval") ?? 0),
            EnabledCloudwatchLogsExports = c.Texts("enabledCloudwatchLogsExports"),
            CopyTagsToSnapshot = c.Flag("copyTagsToSnapshot") == true,
            Port = c.Object("endpoint").Number("port") is { } port ? (int)port : c.Number("dbInstancePort") is { } p and > 0 ? (int)p : null,
            MasterUsername = c.Text("masterUsername"),
            VpcId = c.Object("dBSubnetGroup").Text("vpcId"),
            PerformanceInsightsEnabled = c.Flag("performanceInsightsEnabled") == true,
        };
        var missing = new MissingProperties("rds", ResourceType)
            .Add(nameof(RdsInstance.Parameters), "DescribeDBParameters", "AWS Config's DB instance item names its parameter groups but not their values")
            .AddIf(!c.Has("deletionProtection"), nameof(RdsInstance.DeletionProtection), "DescribeDBInstances")
            .AddIf(!c.Has("iAMDatabaseAuthenticationEnabled"), nameof(RdsInstance.IamDatabaseAuthenticationEnabled), "DescribeDBInstances");
        import.Add(import.Missing(instance, missing.List));
    }
}
