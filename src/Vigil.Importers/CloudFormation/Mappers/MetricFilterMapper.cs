using Vigil.Core.Model.CloudWatch;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Logs::MetricFilter: a metric filter of the log group it names.</summary>
internal sealed class MetricFilterMapper : IResourceMapper
{
    private const string Property = "MetricFilters";

    public string Type => "AWS::Logs::MetricFilter";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<LogGroup>(r.Value("LogGroupName")) is not { } group) return;
        r.Known(Property, "", r.Properties);
        var filter = new MetricFilter
        {
            FilterName = r.String(Property, "FilterName") ?? r.LogicalId,
            FilterPattern = r.String(Property, "FilterPattern") ?? "",
            Transformations = (r.Value("MetricTransformations") as CfnList)?.Items.OfType<CfnMap>()
                .Select(t => new MetricTransformation((t["MetricName"] as CfnString)?.Value ?? "", (t["MetricNamespace"] as CfnString)?.Value ?? ""))
                .ToList() ?? [],
        };
        context.Join<LogGroup>(r, group, Property, g => g with { MetricFilters = [.. g.MetricFilters, filter] });
    }
}
