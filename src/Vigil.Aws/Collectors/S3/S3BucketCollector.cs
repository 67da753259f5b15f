using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>Every bucket of the account (ListBuckets is global), each read in its own region, with its access points.</summary>
internal sealed class S3BucketCollector : IResourceCollector
{
    public string Service => "s3";
    public bool Regional => false;

    public IReadOnlyList<string> Actions { get; } =
    [
        "s3:GetAccessPoint", "s3:GetAccessPointPolicy", "s3:GetBucketAcl", "s3:GetBucketLocation", "s3:GetBucketLogging", "s3:GetBucketNotification",
        "s3:GetBucketObjectLockConfiguration", "s3:GetBucketOwnershipControls", "s3:GetBucketPolicy", "s3:GetBucketPublicAccessBlock", "s3:GetBucketTagging",
        "s3:GetBucketVersioning", "s3:GetEncryptionConfiguration", "s3:GetLifecycleConfiguration", "s3:GetReplicationConfiguration",
        "s3:ListAccessPoints", "s3:ListAllMyBuckets",
    ];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var listed = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("s3", "ListBuckets", null, target.Region, cancellationToken).ConfigureAwait(false))
                listed.AddRange(page.Items("Buckets"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.S3Bucket);
            return;
        }

        var accessPoints = new S3AccessPointReader(target, sink);
        var buckets = await Task.WhenAll(listed.Select(async listing =>
        {
            var bucket = await LocateAsync(target, sink, listing, cancellationToken).ConfigureAwait(false);
            return await new S3BucketReader(target, sink, bucket, accessPoints).ReadAsync(cancellationToken).ConfigureAwait(false);
        })).ConfigureAwait(false);
        sink.AddRange(buckets);
    }

    private static async Task<ListedBucket> LocateAsync(CollectionTarget target, CollectionSink sink, JsonNode bucket, CancellationToken cancellationToken)
    {
        var name = bucket.String("Name") ?? throw new InvalidDataException("ListBuckets returned a bucket without a name.");
        var listed = new ListedBucket(name, $"arn:{target.Partition}:s3:::{name}", bucket.Time("CreationDate"), bucket.String("BucketRegion"));
        if (listed.Region is not null) return listed;
        try
        {
            var location = await target.Client.CallAsync("s3", "GetBucketLocation", new JsonObject { ["Bucket"] = name }, target.Region, cancellationToken).ConfigureAwait(false);
            return listed with { Region = BucketRegions.FromLocationConstraint(location.String("LocationConstraint")) };
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.S3Bucket, listed.Arn, nameof(Resource.Region));
            return listed;
        }
    }
}
