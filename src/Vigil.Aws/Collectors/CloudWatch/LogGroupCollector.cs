using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudWatch;

namespace Vigil.Aws.Collectors.CloudWatch;

/// <summary>The region's CloudWatch Logs log groups with their metric filters (listed once for the region) and tags.</summary>
internal sealed class LogGroupCollector : IResourceCollector
{
    public string Service => "logs";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["logs:DescribeLogGroups", "logs:DescribeMetricFilters", "logs:ListTagsForResource"];

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
        var read = await Task.WhenAll(groups.Select(group => ReadAsync(target, sink, group, filters, filterFailure, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(read);
    }

    private static async Task<LogGroup> ReadAsync(CollectionTarget target, CollectionSink sink, JsonNode group, ILookup<string, MetricFilter>? filters,
        AwsServiceException? filterFailure, CancellationToken ct)
    {
        var name = group.String("logGroupName") ?? throw new InvalidDataException("DescribeLogGroups returned a log group without a name.");
        var arn = group.String("logGroupArn") ?? WithoutWildcard(group.String("arn")) ?? $"arn:{target.Partition}:logs:{target.Region}:{target.AccountId}:log-group:{name}";
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.LogGroup, arn);
        if (filterFailure is not null) reads.MarkUnreadable(nameof(LogGroup.MetricFilters), filterFailure);
        var tags = await reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(LogGroup.Tags), async () =>
        {
            var response = await target.Client.CallAsync("logs", "ListTagsForResource", new JsonObject { ["resourceArn"] = arn }, target.Region, ct).ConfigureAwait(false);
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            if (response["tags"] is JsonObject map)
            {
                foreach (var (key, value) in map) found[key] = value?.GetValue<string>() ?? "";
            }
            return found;
        }, NoTags).ConfigureAwait(false);
        return new LogGroup
        {
            Arn = arn,
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            RetentionInDays = group.Int("retentionInDays"),
            KmsKeyId = group.String("kmsKeyId"),
            MetricFilters = filters is null ? [] : [.. filters[name]],
            Tags = tags,
            Unreadable = reads.Unreadable,
        };
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

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
