using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.CloudFront;

/// <summary>Whether the buckets S3 origins name exist, asked once per bucket and collection with GetBucketLocation,
/// which S3 answers for any bucket name: NoSuchBucket when no bucket has the name (whoever asks), AccessDenied when it
/// exists but belongs to an account whose policy does not let the caller read it, its location when it does.</summary>
internal sealed class OriginBucketLookup(CollectionTarget target)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<OriginBucketAnswer>>> _answers = new(StringComparer.Ordinal);

    public Task<OriginBucketAnswer> ExistsAsync(string bucket, CancellationToken cancellationToken) =>
        _answers.GetOrAdd(bucket, name => new Lazy<Task<OriginBucketAnswer>>(() => LookUpAsync(name, cancellationToken))).Value;

    private async Task<OriginBucketAnswer> LookUpAsync(string bucket, CancellationToken cancellationToken)
    {
        try
        {
            await target.Client.CallAsync("s3", "GetBucketLocation", new JsonObject { ["Bucket"] = bucket }, target.Region, cancellationToken).ConfigureAwait(false);
            return new OriginBucketAnswer(bucket, true, null);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "NoSuchBucket")
        {
            return new OriginBucketAnswer(bucket, false, null);
        }
        catch (AwsServiceException e) when (e.IsAccessDenied)
        {
            return new OriginBucketAnswer(bucket, true, null);
        }
        catch (AwsServiceException e)
        {
            return new OriginBucketAnswer(bucket, false, e);
        }
    }
}
