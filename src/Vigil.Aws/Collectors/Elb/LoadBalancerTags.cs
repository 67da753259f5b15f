using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Elb;

/// <summary>The tags of a region's load balancers, read with DescribeTags in batches of at most 20 (the API's limit),
/// the batches concurrently. A failed batch leaves its load balancers' tags unreadable with that failure.</summary>
internal sealed class LoadBalancerTags
{
    private const int BatchSize = 20;

    private readonly Dictionary<string, Dictionary<string, string>> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AwsServiceException> _failures = new(StringComparer.Ordinal);

    /// <summary>Reads the tags of <paramref name="ids"/>: ARNs sent as ResourceArns (elbv2), or names sent as
    /// LoadBalancerNames (classic elb); each answer names its load balancer by <paramref name="idMember"/>.</summary>
    public static async Task<LoadBalancerTags> ReadAsync(CollectionTarget target, string service, string inputMember, string idMember,
        IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var batches = ids.Chunk(BatchSize).ToList();
        var results = await Task.WhenAll(batches.Select(batch => target.DetailAsync(service, "DescribeTags",
            new JsonObject { [inputMember] = new JsonArray([.. batch.Select(id => (JsonNode)id)]) }, cancellationToken))).ConfigureAwait(false);
        var read = new LoadBalancerTags();
        foreach (var (batch, result) in batches.Zip(results))
        {
            if (result.Failure is { } failure)
            {
                foreach (var id in batch) read._failures[id] = failure;
                continue;
            }
            foreach (var description in result.Output.Items("TagDescriptions"))
            {
                if (description.Text(idMember) is { } id) read._tags[id] = description.KeyValueTags();
            }
        }
        return read;
    }

    /// <summary>The tags of one load balancer (none when DescribeTags did not mention it), or the failure of its batch.</summary>
    public Dictionary<string, string> For(string id, out AwsServiceException? failure)
    {
        failure = _failures.GetValueOrDefault(id);
        return _tags.GetValueOrDefault(id) ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }
}
