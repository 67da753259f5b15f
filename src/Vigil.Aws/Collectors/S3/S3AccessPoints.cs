using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>The access points found in the regions that hold buckets, by bucket name.</summary>
internal sealed class S3AccessPoints(IReadOnlyDictionary<string, List<S3AccessPoint>> byBucket, IReadOnlySet<string> readRegions, IReadOnlySet<string> incompleteBuckets)
{
    /// <summary>The bucket's access points, or null when they could not all be read.</summary>
    public IReadOnlyList<S3AccessPoint>? For(ListedBucket bucket)
    {
        if (bucket.Region is null || !readRegions.Contains(bucket.Region) || incompleteBuckets.Contains(bucket.Name)) return null;
        return byBucket.TryGetValue(bucket.Name, out var points) ? points : [];
    }
}
