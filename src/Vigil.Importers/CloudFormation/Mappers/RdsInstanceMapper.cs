using Vigil.Core.Model.Rds;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::RDS::DBInstance with the creation defaults CloudFormation documents: not publicly accessible, not
/// encrypted unless StorageEncrypted (an Aurora instance takes its cluster's), one day of backups, minor version
/// upgrades on. Parameters come from a DBParameterGroup of the template.</summary>
internal sealed class RdsInstanceMapper : IResourceMapper
{
    public string Type => "AWS::RDS::DBInstance";

    public void Map(MappedResource r, MappingContext context)
    {
        var cluster = context.Declared(r.Value("DBClusterIdentifier"), "AWS::RDS::DBCluster");
        var engine = r.String("Engine", "Engine") ?? (cluster?.Properties["Engine"] as CfnString)?.Value ?? "mysql";
        context.Add(new RdsInstance
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            DbInstanceIdentifier = r.Name,
            Engine = engine,
            EngineVersion = r.String("EngineVersion", "EngineVersion"),
            DbInstanceClass = r.String("DbInstanceClass", "DBInstanceClass"),
            DbClusterIdentifier = r.String("DbClusterIdentifier", "DBClusterIdentifier"),
            ReadReplicaSourceDbInstanceIdentifier = r.String("ReadReplicaSourceDbInstanceIdentifier", "SourceDBInstanceIdentifier"),
            PubliclyAccessible = r.Bool("PubliclyAccessible", "PubliclyAccessible") ?? false,
            StorageEncrypted = cluster is not null ? (cluster.Properties["StorageEncrypted"] as CfnString)?.Value == "true" : r.Bool("StorageEncrypted", "StorageEncrypted") ?? false,
            KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
            MultiAz = r.Bool("MultiAz", "MultiAZ") ?? false,
            AutoMinorVersionUpgrade = r.Bool("AutoMinorVersionUpgrade", "AutoMinorVersionUpgrade") ?? true,
            BackupRetentionPeriod = r.Int("BackupRetentionPeriod", "BackupRetentionPeriod") ?? 1,
            DeletionProtection = r.Bool("DeletionProtection", "DeletionProtection") ?? false,
            IamDatabaseAuthenticationEnabled = r.Bool("IamDatabaseAuthenticationEnabled", "EnableIAMDatabaseAuthentication") ?? false,
            MonitoringInterval = r.Int("MonitoringInterval", "MonitoringInterval") ?? 0,
            EnabledCloudwatchLogsExports = r.Strings("EnabledCloudwatchLogsExports", "EnableCloudwatchLogsExports"),
            CopyTagsToSnapshot = r.Bool("CopyTagsToSnapshot", "CopyTagsToSnapshot") ?? false,
            Port = r.Int("Port", "Port") ?? RdsPorts.Default(engine),
            MasterUsername = r.String("MasterUsername", "MasterUsername"),
            Parameters = RdsParameters.Of(r, context, "DBParameterGroupName", "AWS::RDS::DBParameterGroup"),
            PerformanceInsightsEnabled = r.Bool("PerformanceInsightsEnabled", "EnablePerformanceInsights") ?? false,
        }, r);
    }
}
