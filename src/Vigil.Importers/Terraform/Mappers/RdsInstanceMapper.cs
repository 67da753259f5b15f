using Vigil.Core.Model.Rds;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_db_instance. Creation defaults (CreateDBInstance): not publicly accessible, storage not encrypted,
/// minor version upgrades on, one day of automated backups, no deletion protection. A replica or an instance restored
/// from a snapshot inherits its source's encryption (and engine and master user): from the source instance when it is
/// planned too, else unknown. Parameters come from a planned
/// aws_db_parameter_group; the values of a default or existing group are not in a plan.</summary>
internal sealed class RdsInstanceMapper : IResourceMapper
{
    private static readonly string[] TrackedParameters = ["rds.force_ssl", "require_secure_transport"];

    public string Type => "aws_db_instance";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var replicaOf = context.Read(instance, "replicate_source_db");
        var source = context.Planned("aws_db_instance", replicaOf) ?? instance;
        var engine = context.Read(instance, "engine").String ?? context.Read(source, "engine").String ?? "";
        var encrypted = context.Read(instance, "storage_encrypted");
        if (!encrypted.IsKnown && source != instance) encrypted = context.Read(source, "storage_encrypted");
        unknowns.Track("StorageEncrypted", encrypted);
        var inherits = !replicaOf.IsAbsent || context.Read(instance, "snapshot_identifier").IsKnown;
        if (!encrypted.IsKnown && inherits)
            unknowns.Add("StorageEncrypted", $"storage_encrypted is not set on {instance.Address}, so it inherits the encryption of its source database or snapshot, which is not in the plan.");
        var username = context.Read(instance, "username");
        if (!username.IsKnown && source != instance) username = context.Read(source, "username");
        if (!username.IsKnown && inherits)
            unknowns.Add("MasterUsername", $"username is not set on {instance.Address}, so it keeps the master user of its source database or snapshot, which is not in the plan.");
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        var publicly = context.Read(instance, "publicly_accessible");
        unknowns.Track("PubliclyAccessible", publicly);
        context.Add(new RdsInstance
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            DbInstanceIdentifier = identity.Name,
            Engine = engine,
            EngineVersion = context.Read(instance, "engine_version").String,
            DbInstanceClass = context.Read(instance, "instance_class").String,
            ReadReplicaSourceDbInstanceIdentifier = context.IdText(replicaOf),
            PubliclyAccessible = publicly.Bool ?? false,
            StorageEncrypted = encrypted.Bool ?? false,
            KmsKeyId = context.Text(key),
            MultiAz = context.Read(instance, "multi_az").Bool ?? false,
            AutoMinorVersionUpgrade = context.Read(instance, "auto_minor_version_upgrade").Bool ?? true,
            BackupRetentionPeriod = context.Read(instance, "backup_retention_period").Int ?? (replicaOf.IsAbsent ? 1 : 0),
            DeletionProtection = context.Read(instance, "deletion_protection").Bool ?? false,
            IamDatabaseAuthenticationEnabled = context.Read(instance, "iam_database_authentication_enabled").Bool ?? false,
            MonitoringInterval = context.Read(instance, "monitoring_interval").Int ?? 0,
            EnabledCloudwatchLogsExports = context.Read(instance, "enabled_cloudwatch_logs_exports").Strings,
            CopyTagsToSnapshot = context.Read(instance, "copy_tags_to_snapshot").Bool ?? false,
            Port = context.Read(instance, "port").Int ?? RdsDefaults.Port(engine),
            MasterUsername = username.String,
            PerformanceInsightsEnabled = context.Read(instance, "performance_insights_enabled").Bool ?? false,
            Parameters = Parameters(instance, context, unknowns),
        }, unknowns);
    }

    private static Dictionary<string, string> Parameters(PlanInstance instance, MappingContext context, Unknowns unknowns)
    {
        var name = context.Read(instance, "parameter_group_name");
        var group = name.Referenced ?? context.Index.OfType("aws_db_parameter_group").FirstOrDefault(g => name.String is { } n && context.Identity(g).Name == n);
        if (group is null)
        {
            unknowns.Add("Parameters", name.String is { } existing
                ? $"parameter_group_name is {existing}, a parameter group that is not in the plan."
                : "no parameter_group_name is set, so the engine's default parameter group applies, whose values are not in the plan.");
            return [];
        }
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in context.Read(group, "parameter").Items)
        {
            if (parameter.TryGetProperty("name", out var n) && n.GetString() is { } key && TrackedParameters.Contains(key)
                && parameter.TryGetProperty("value", out var v) && v.GetString() is { } value)
                parameters[key] = value;
        }
        return parameters;
    }
}
