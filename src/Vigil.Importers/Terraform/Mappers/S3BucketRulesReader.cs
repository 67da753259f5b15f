using System.Text.Json;
using Vigil.Core.Model.S3;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>A bucket's lifecycle and replication rules from aws_s3_bucket_lifecycle_configuration and
/// aws_s3_bucket_replication_configuration.</summary>
internal static class S3BucketRulesReader
{
    public static IReadOnlyList<LifecycleRule> Lifecycle(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var rules = new List<LifecycleRule>();
        foreach (var configuration in context.Joined(bucket, "aws_s3_bucket_lifecycle_configuration", "bucket"))
        {
            var list = context.Read(configuration, "rule");
            if (unknowns.Track("LifecycleRules", list)) continue;
            foreach (var rule in list.Items)
            {
                rules.Add(new LifecycleRule
                {
                    Id = JsonFields.Text(rule, "id"),
                    Status = JsonFields.Text(rule, "status") ?? "Enabled",
                    ExpirationDays = Positive(JsonFields.First(rule, "expiration"), "days"),
                    NoncurrentVersionExpirationDays = Positive(JsonFields.First(rule, "noncurrent_version_expiration"), "noncurrent_days"),
                    HasTransitions = JsonFields.First(rule, "transition") is not null || JsonFields.First(rule, "noncurrent_version_transition") is not null,
                });
            }
        }
        return rules;
    }

    public static IReadOnlyList<ReplicationRule> Replication(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var rules = new List<ReplicationRule>();
        foreach (var configuration in context.Joined(bucket, "aws_s3_bucket_replication_configuration", "bucket"))
        {
            var list = context.Read(configuration, "rule");
            if (unknowns.Track("ReplicationRules", list)) continue;
            for (var i = 0; i < list.Items.Count; i++)
            {
                var destination = context.Read(configuration, $"rule[{i}].destination[0].bucket");
                if (unknowns.Track("ReplicationRules", destination)) continue;
                if (context.Text(destination) is not { } arn) continue;
                var rule = list.Items[i];
                var region = destination.Referenced is { } target ? context.Region(target) : null;
                rules.Add(new ReplicationRule { Id = JsonFields.Text(rule, "id"), Status = JsonFields.Text(rule, "status") ?? "Enabled", DestinationBucketArn = arn, DestinationRegion = region });
            }
        }
        return rules;
    }

    private static int? Positive(JsonElement? block, string name) => block is { } b && JsonFields.Number(b, name) is > 0 and var n ? n : null;
}
