using Vigil.Core.Model.Rds;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_rds_cluster_instance: a DB instance that belongs to a cluster (its storage, backups and encryption are
/// the cluster's).</summary>
internal sealed class RdsClusterInstanceMapper : IResourceMapper
{
    public string Type => "aws_rds_cluster_instance";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var cluster = context.Read(instance, "cluster_identifier");
        var clusterId = cluster.Referenced is { } planned ? context.Identity(planned).Name : cluster.String ?? "";
        var engine = context.Read(instance, "engine").String ?? "aurora";
        var publicly = context.Read(instance, "publicly_accessible");
        unknowns.Track("PubliclyAccessible", publicly);
        context.Add(new RdsInstance
        {
            Arn = $"arn:aws:rds:{context.Region(instance)}:{context.AccountId}:db:{identity.Name}",
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            DbInstanceIdentifier = identity.Name,
            DbClusterIdentifier = clusterId,
            Engine = engine,
            DbInstanceClass = context.Read(instance, "instance_class").String,
            PubliclyAccessible = publicly.Bool ?? false,
            AutoMinorVersionUpgrade = context.Read(instance, "auto_minor_version_upgrade").Bool ?? true,
            MonitoringInterval = context.Read(instance, "monitoring_interval").Int ?? 0,
            PerformanceInsightsEnabled = context.Read(instance, "performance_insights_enabled").Bool ?? false,
            CopyTagsToSnapshot = context.Read(instance, "copy_tags_to_snapshot").Bool ?? false,
            Port = RdsDefaults.Port(engine),
        }, unknowns);
    }
}
