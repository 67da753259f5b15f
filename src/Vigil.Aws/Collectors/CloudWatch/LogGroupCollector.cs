using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Aws.Collectors.CloudWatch;

/// <summary>The region's CloudWatch Logs log groups with their metric filters (listed once for the region).</summary>
internal sealed class LogGroupCollector : IResourceCollector
{
    public string Service => "logs";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["logs:DescribeLogGroups", "logs:DescribeMetricFilters"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var groups = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("logs", "DescribeLogGroups", null, target.Region, cancellationToken).ConfigureAwait(false))
                groups.AddRange(page.Items("logGroups"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.LogGroup);
            return;
        }

        var (filters, filterFailure) = await MetricFiltersAsync(target, cancellationToken).ConfigureAwait(false);
        sink.AddRange(groups.Select(group =>
        {
            var name = group.String("logGroupName") ?? throw new InvalidDataException("DescribeLogGroups returned a log group without a name.");
            var arn = group.String("logGroupArn") ?? WithoutWildcard(group.String("arn")) ?? $"arn:{target.Partition}:logs:{target.Region}:{target.AccountId}:log-group:{name}";
            if (filterFailure is not null) sink.Failed(filterFailure, target.AccountId, ResourceTypes.LogGroup, arn, nameof(LogGroup.MetricFilters));
            return new LogGroup
            {
                Arn = arn,
                Name = name,
                AccountId = target.AccountId,
                Region = target.Region,
                RetentionInDays = group.Int("retentionInDays"),
                KmsKeyId = group.String("kmsKeyId"),
                MetricFilters = filters is null ? [] : [.. filters[name]],
                Unreadable = filters is null ? [nameof(LogGroup.MetricFilters)] : [],
            };
        }));
    }

    /// <summary>The region's metric filters by log group name, or the failure that kept them from being listed.</summary>
    private static async Task<(ILookup<string, MetricFilter>? Filters, AwsServiceException? Failure)> MetricFiltersAsync(CollectionTarget target, CancellationToken ct)
    {
        var filters = new List<(string Group, MetricFilter Filter)>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("logs", "DescribeMetricFilters", null, target.Region, ct).ConfigureAwait(false))
            {
                foreach (var filter in page.Items("metricFilters"))
                {
                    filters.Add((filter.String("logGroupName") ?? "", new MetricFilter
                    {
                        FilterName = filter.String("filterName") ?? "",
                        FilterPattern = filter.String("filterPattern") ?? "",
                        Transformations = [.. filter.Items("metricTransformations").Select(t => new MetricTransformation(t.String("metricName") ?? "", t.String("metricNamespace") ?? ""))],
                    }));
                }
            }
        }
        catch (AwsServiceException e)
        {
            return (null, e);
        }
        return (filters.ToLookup(f => f.Group, f => f.Filter, StringComparer.Ordinal), null);
    }

    private static string? WithoutWildcard(string? arn) => arn is not null && arn.EndsWith(":*", StringComparison.Ordinal) ? arn[..^2] : arn;
}
