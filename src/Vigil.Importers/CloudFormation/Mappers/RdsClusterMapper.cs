using Vigil.Core.Model.Rds;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::RDS::DBCluster with CloudFormation's creation defaults (not encrypted unless StorageEncrypted, one
/// day of backups). MultiAz is true when the template gives it instances in more than one place: two or more
/// AWS::RDS::DBInstance members, which RDS spreads over availability zones.</summary>
internal sealed class RdsClusterMapper : IResourceMapper
{
    public string Type => "AWS::RDS::DBCluster";

    public void Map(MappedResource r, MappingContext context)
    {
        var members = context.StackResources.Count(i => i.Declaration.Type == "AWS::RDS::DBInstance"
            && i.Properties["DBClusterIdentifier"] is CfnString { Value: var id } && (id == r.Identity.Ref || id == r.Name));
        context.Add(new RdsCluster
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            DbClusterIdentifier = r.Name,
            Engine = r.String("Engine", "Engine") ?? "aurora-mysql",
            EngineVersion = r.String("EngineVersion", "EngineVersion"),
            StorageEncrypted = r.Bool("StorageEncrypted", "StorageEncrypted") ?? false,
            KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
            MultiAz = members > 1,
            AvailabilityZones = r.Strings("AvailabilityZones", "AvailabilityZones"),
            DeletionProtection = r.Bool("DeletionProtection", "DeletionProtection") ?? false,
            IamDatabaseAuthenticationEnabled = r.Bool("IamDatabaseAuthenticationEnabled", "EnableIAMDatabaseAuthentication") ?? false,
            BackupRetentionPeriod = r.Int("BackupRetentionPeriod", "BackupRetentionPeriod") ?? 1,
            BacktrackWindow = r.Int("BacktrackWindow", "BacktrackWindow"),
            CopyTagsToSnapshot = r.Bool("CopyTagsToSnapshot", "CopyTagsToSnapshot") ?? false,
            AutoMinorVersionUpgrade = r.Bool("AutoMinorVersionUpgrade", "AutoMinorVersionUpgrade") ?? true,
            EnabledCloudwatchLogsExports = r.Strings("EnabledCloudwatchLogsExports", "EnableCloudwatchLogsExports"),
            MasterUsername = r.String("MasterUsername", "MasterUsername"),
            PubliclyAccessible = r.Bool("PubliclyAccessible", "PubliclyAccessible") ?? false,
        }, r);
    }
}
