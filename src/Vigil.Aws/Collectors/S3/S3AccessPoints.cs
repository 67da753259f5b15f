using Vigil.Aws.Execution;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>The access points of one region by bucket name, or the failure that kept them from being listed.</summary>
internal sealed class S3AccessPoints(
    IReadOnlyDictionary<string, List<S3AccessPoint>> byBucket,
    IReadOnlySet<string> incompleteBuckets,
    AwsServiceException? listingFailure)
{
    public static S3AccessPoints Failed(AwsServiceException failure) =>
        new(new Dictionary<string, List<S3AccessPoint>>(), new HashSet<string>(), failure);

    /// <summary>The bucket's access points; null when they could not all be read, with the listing failure that
    /// prevented it when it was one (an access point's own failure is recorded against the bucket already).</summary>
    public (IReadOnlyList<S3AccessPoint>? Points, AwsServiceException? ListingFailure) For(string bucket)
    {
        if (listingFailure is not null) return (null, listingFailure);
        if (incompleteBuckets.Contains(bucket)) return (null, null);
        return (byBucket.TryGetValue(bucket, out var points) ? points : [], null);
    }
}
