using Vigil.Core.Model.CloudWatch;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_cloudwatch_log_group with its metric filters (aws_cloudwatch_log_metric_filter). Retention 0 or unset
/// keeps events forever.</summary>
internal sealed class LogGroupMapper : IResourceMapper
{
    public string Type => "aws_cloudwatch_log_group";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var retention = context.Read(instance, "retention_in_days");
        unknowns.Track("RetentionInDays", retention);
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        var filters = new List<MetricFilter>();
        foreach (var filter in context.Joined(instance, "aws_cloudwatch_log_metric_filter", "log_group_name"))
        {
            var pattern = context.Read(filter, "pattern");
            if (unknowns.Track("MetricFilters", pattern)) continue;
            var metric = context.Read(filter, "metric_transformation[0].name").String;
            var ns = context.Read(filter, "metric_transformation[0].namespace").String;
            filters.Add(new MetricFilter
            {
                FilterName = context.Read(filter, "name").String ?? filter.Address,
                FilterPattern = pattern.String ?? "",
                Transformations = metric is null || ns is null ? [] : [new MetricTransformation(metric, ns)],
            });
        }
        context.Add(new LogGroup
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            RetentionInDays = retention.Int is { } days and > 0 ? days : null,
            KmsKeyId = context.Text(key),
            MetricFilters = filters,
        }, unknowns);
    }
}
