using Vigil.Core.Model.Rds;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_rds_cluster; it spans Availability Zones when its planned instances (aws_rds_cluster_instance) are two
/// or more. Creation defaults (CreateDBCluster): storage not encrypted, one day of backups, no deletion protection.</summary>
internal sealed class RdsClusterMapper : IResourceMapper
{
    public string Type => "aws_rds_cluster";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var engine = context.Read(instance, "engine").String ?? "aurora";
        var encrypted = context.Read(instance, "storage_encrypted");
        unknowns.Track("StorageEncrypted", encrypted);
        if (!encrypted.IsKnown && context.Read(instance, "snapshot_identifier").IsKnown)
            unknowns.Add("StorageEncrypted", $"storage_encrypted is not set on {instance.Address}, so it inherits the snapshot's encryption, which the plan does not record.");
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        var members = context.Joined(instance, "aws_rds_cluster_instance", "cluster_identifier").Count();
        context.Add(new RdsCluster
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            DbClusterIdentifier = identity.Name,
            Engine = engine,
            EngineVersion = context.Read(instance, "engine_version").String,
            StorageEncrypted = encrypted.Bool ?? context.Read(instance, "engine_mode").String == "serverless",
            KmsKeyId = context.Text(key),
            MultiAz = members >= 2,
            AvailabilityZones = context.Read(instance, "availability_zones").Strings,
            DeletionProtection = context.Read(instance, "deletion_protection").Bool ?? false,
            IamDatabaseAuthenticationEnabled = context.Read(instance, "iam_database_authentication_enabled").Bool ?? false,
            BackupRetentionPeriod = context.Read(instance, "backup_retention_period").Int ?? 1,
            BacktrackWindow = context.Read(instance, "backtrack_window").Int is { } window and > 0 ? window : null,
            CopyTagsToSnapshot = context.Read(instance, "copy_tags_to_snapshot").Bool ?? false,
            AutoMinorVersionUpgrade = context.Read(instance, "auto_minor_version_upgrade").Bool ?? true,
            EnabledCloudwatchLogsExports = context.Read(instance, "enabled_cloudwatch_logs_exports").Strings,
            MasterUsername = context.Read(instance, "master_username").String,
        }, unknowns);
    }
}
