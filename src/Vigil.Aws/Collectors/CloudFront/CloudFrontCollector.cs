using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Aws.Collectors.CloudFront;

/// <summary>CloudFront distributions, once per account (ListDistributions), each with the default root object and
/// logging setting that only its configuration holds (GetDistributionConfig), its tags (ListTagsForResource), and whether the buckets its S3 origins
/// name exist (s3:GetBucketLocation, once per bucket).</summary>
internal sealed class CloudFrontCollector : IResourceCollector
{
    public string Service => "cloudfront";
    public bool Regional => false;

    public IReadOnlyList<string> Actions { get; } = ["cloudfront:GetDistributionConfig", "cloudfront:ListDistributions", "cloudfront:ListTagsForResource", "s3:GetBucketLocation"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var listed = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("cloudfront", "ListDistributions", null, target.Region, cancellationToken).ConfigureAwait(false))
            {
                listed.AddRange(page["DistributionList"].Items("Items"));
            }
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.CloudFrontDistribution);
            return;
        }
        var buckets = new OriginBucketLookup(target);
        await Task.WhenAll(listed.Select(d => ReadOneAsync(target, sink, buckets, DistributionReader.ToDistribution(target, d), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, OriginBucketLookup buckets, Distribution distribution, CancellationToken cancellationToken)
    {
        var originBuckets = Task.WhenAll(distribution.Origins.Select(o => o.BucketName).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(bucket => buckets.ExistsAsync(bucket, cancellationToken)));
        var tagsTask = target.DetailAsync("cloudfront", "ListTagsForResource", new JsonObject { ["Resource"] = distribution.Arn }, cancellationToken);
        var config = await target.DetailAsync("cloudfront", "GetDistributionConfig", new JsonObject { ["Id"] = distribution.DistributionId }, cancellationToken).ConfigureAwait(false);
        var unreadable = new List<string>();
        if (config.Failure is { } failure)
        {
            unreadable.AddRange([nameof(Distribution.DefaultRootObject), nameof(Distribution.LoggingEnabled)]);
            sink.Failed(failure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.DefaultRootObject));
            sink.Failed(failure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.LoggingEnabled));
        }
        else
        {
            var settings = config.Output?["DistributionConfig"];
            distribution = distribution with
            {
                DefaultRootObject = settings.Text("DefaultRootObject") is { Length: > 0 } root ? root : null,
                LoggingEnabled = settings?["Logging"].Flag("Enabled") ?? false,
            };
        }

        var tags = await tagsTask.ConfigureAwait(false);
        if (tags.Failure is { } tagsFailure)
        {
            unreadable.Add(nameof(Distribution.Tags));
            sink.Failed(tagsFailure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.Tags));
        }
        else
        {
            distribution = distribution with { Tags = tags.Output?["Tags"].KeyValueTags("Items") ?? [] };
        }

        var answers = await originBuckets.ConfigureAwait(false);
        if (Array.Find(answers, a => a.Failure is not null)?.Failure is { } bucketFailure)
        {
            unreadable.Add(nameof(Distribution.MissingOriginBuckets));
            sink.Failed(bucketFailure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.MissingOriginBuckets));
        }
        else
        {
            distribution = distribution with { MissingOriginBuckets = [.. answers.Where(a => !a.Exists).Select(a => a.Bucket)] };
        }
        sink.Add(unreadable.Count == 0 ? distribution : distribution with { Unreadable = unreadable });
    }
}
