using Vigil.Aws.Execution;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>The access points found in the regions that hold buckets, by bucket name.</summary>
internal sealed class S3AccessPoints(
    IReadOnlyDictionary<string, List<S3AccessPoint>> byBucket,
    IReadOnlyDictionary<string, AwsServiceException> failedRegions,
    IReadOnlySet<string> incompleteBuckets)
{
    /// <summary>The bucket's access points; null when they could not all be read, with the listing failure that
    /// prevented it when it was one (an access point's own failure is recorded against the bucket already).</summary>
    public (IReadOnlyList<S3AccessPoint>? Points, AwsServiceException? ListingFailure) For(ListedBucket bucket)
    {
        if (bucket.Region is null || incompleteBuckets.Contains(bucket.Name)) return (null, null);
        if (failedRegions.TryGetValue(bucket.Region, out var failure)) return (null, failure);
        return (byBucket.TryGetValue(bucket.Name, out var points) ? points : [], null);
    }
}
