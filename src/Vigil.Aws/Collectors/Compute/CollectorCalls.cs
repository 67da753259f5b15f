using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.Compute;

/// <summary>The two call shapes collectors use: a listing whose failure covers a resource type, and a detail call
/// whose failure is kept for the one resource it was about.</summary>
internal static class CollectorCalls
{
    /// <summary>Every item of <paramref name="resultKey"/> over all pages, or null when the listing failed (the failure is
    /// recorded against <paramref name="resourceType"/>).</summary>
    public static async Task<List<JsonNode>?> ListAsync(this CollectionTarget target, CollectionSink sink, string service, string operation,
        JsonObject? input, string resultKey, string resourceType, CancellationToken cancellationToken)
    {
        var listed = await target.TryListAsync(service, operation, input, resultKey, cancellationToken).ConfigureAwait(false);
        if (listed.Failure is not null) sink.Failed(listed.Failure, target.AccountId, resourceType);
        return listed.Items;
    }

    /// <summary>Every item of <paramref name="resultKey"/> over all pages, or the failure for the caller to record.</summary>
    public static async Task<ListResult> TryListAsync(this CollectionTarget target, string service, string operation, JsonObject? input,
        string resultKey, CancellationToken cancellationToken)
    {
        var items = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync(service, operation, input, target.Region, cancellationToken).ConfigureAwait(false))
            {
                items.AddRange(page.Items(resultKey));
            }
        }
        catch (AwsServiceException e)
        {
            return new ListResult(null, e);
        }
        return new ListResult(items, null);
    }

    /// <summary>One call; the result, or the failure for the caller to record against what it was reading.</summary>
    public static async Task<DetailResult> DetailAsync(this CollectionTarget target, string service, string operation, JsonObject input,
        CancellationToken cancellationToken)
    {
        try
        {
            return new DetailResult(await target.Client.CallAsync(service, operation, input, target.Region, cancellationToken).ConfigureAwait(false), null);
        }
        catch (AwsServiceException e)
        {
            return new DetailResult(null, e);
        }
    }
}
