using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>Lists the account's access points in each region that holds buckets (S3 Control), with each one's Block
/// Public Access settings and policy. An access point whose details could not be read makes its bucket's
/// AccessPoints unreadable.</summary>
internal sealed class S3AccessPointReader(CollectionTarget target, CollectionSink sink)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<S3AccessPoints>>> _regions = new(StringComparer.Ordinal);

    /// <summary>The bucket's access points; the first bucket of a region starts that region's listing, the others share it.</summary>
    public async Task<(IReadOnlyList<S3AccessPoint>? Points, AwsServiceException? ListingFailure)> ForAsync(ListedBucket bucket, CancellationToken ct)
    {
        if (bucket.Region is null) return (null, null);
        var region = _regions.GetOrAdd(bucket.Region, r => new Lazy<Task<S3AccessPoints>>(() => ReadRegionAsync(r, ct)));
        return (await region.Value.ConfigureAwait(false)).For(bucket.Name);
    }

    private async Task<S3AccessPoints> ReadRegionAsync(string region, CancellationToken ct)
    {
        var listed = new List<JsonNode>();
        try
        {
            string? token = null;
            do
            {
                var input = new JsonObject { ["AccountId"] = target.AccountId };
                if (token is not null) input["NextToken"] = token;
                var page = await target.Client.CallAsync("s3control", "ListAccessPoints", input, region, ct).ConfigureAwait(false);
                listed.AddRange(page.Items("AccessPointList"));
                var next = page.String("NextToken");
                if (next is not null && next == token) throw new InvalidDataException($"s3control:ListAccessPoints repeated the page token in {region}.");
                token = next;
            }
            while (token is not null);
        }
        catch (AwsServiceException e)
        {
            return S3AccessPoints.Failed(e);
        }
        var points = await Task.WhenAll(listed.Select(point => ReadPointAsync(point, region, ct))).ConfigureAwait(false);
        var byBucket = new Dictionary<string, List<S3AccessPoint>>(StringComparer.Ordinal);
        foreach (var (bucket, point) in points)
        {
            if (point is null) continue;
            if (!byBucket.TryGetValue(bucket, out var list)) byBucket[bucket] = list = [];
            list.Add(point);
        }
        var incomplete = points.Where(p => p.Point is null).Select(p => p.Bucket).ToHashSet(StringComparer.Ordinal);
        return new S3AccessPoints(byBucket, incomplete, null);
    }

    private async Task<(string Bucket, S3AccessPoint? Point)> ReadPointAsync(JsonNode listed, string region, CancellationToken ct)
    {
        var name = listed.String("Name") ?? throw new InvalidDataException("ListAccessPoints returned an access point without a name.");
        var bucket = listed.String("Bucket") ?? throw new InvalidDataException($"ListAccessPoints returned access point {name} without its bucket.");
        var bucketArn = $"arn:{target.Partition}:s3:::{bucket}";
        var input = new JsonObject { ["AccountId"] = target.AccountId, ["Name"] = name };
        try
        {
            var details = target.Client.CallAsync("s3control", "GetAccessPoint", input.DeepClone().AsObject(), region, ct);
            var policy = PolicyAsync(input, region, ct);
            await Task.WhenAll(details, policy).ConfigureAwait(false);
            var point = await details.ConfigureAwait(false);
            return (bucket, new S3AccessPoint
            {
                Arn = listed.String("AccessPointArn") ?? point.String("AccessPointArn") ?? $"arn:{target.Partition}:s3:{region}:{target.AccountId}:accesspoint/{name}",
                Name = name,
                NetworkOrigin = point.String("NetworkOrigin") ?? listed.String("NetworkOrigin") ?? "Internet",
                PublicAccessBlock = PublicAccessBlocks.From(point["PublicAccessBlockConfiguration"]),
                Policy = await policy.ConfigureAwait(false),
            });
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.S3Bucket, bucketArn, nameof(S3Bucket.AccessPoints));
            return (bucket, null);
        }
    }

    private async Task<string?> PolicyAsync(JsonObject input, string region, CancellationToken ct)
    {
        try
        {
            return (await target.Client.CallAsync("s3control", "GetAccessPointPolicy", input, region, ct).ConfigureAwait(false)).String("Policy");
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchAccessPointPolicy")
        {
            return null;
        }
    }
}
