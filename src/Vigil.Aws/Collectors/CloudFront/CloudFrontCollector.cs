using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Aws.Collectors.CloudFront;

/// <summary>CloudFront distributions, once per account (ListDistributions), each with the default root object and
/// logging setting that only its configuration holds (GetDistributionConfig).</summary>
internal sealed class CloudFrontCollector : IResourceCollector
{
    public string Service => "cloudfront";
    public bool Regional => false;

    public IReadOnlyList<string> Actions { get; } = ["cloudfront:GetDistributionConfig", "cloudfront:ListDistributions"];

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
        await Task.WhenAll(listed.Select(d => ReadOneAsync(target, sink, DistributionReader.ToDistribution(target, d), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, Distribution distribution, CancellationToken cancellationToken)
    {
        var config = await target.DetailAsync("cloudfront", "GetDistributionConfig", new JsonObject { ["Id"] = distribution.DistributionId }, cancellationToken).ConfigureAwait(false);
        if (config.Failure is { } failure)
        {
            sink.Add(distribution with { Unreadable = [nameof(Distribution.DefaultRootObject), nameof(Distribution.LoggingEnabled)] });
            sink.Failed(failure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.DefaultRootObject));
            sink.Failed(failure, target.AccountId, ResourceTypes.CloudFrontDistribution, distribution.Arn, nameof(Distribution.LoggingEnabled));
            return;
        }
        var settings = config.Output?["DistributionConfig"];
        sink.Add(distribution with
        {
            DefaultRootObject = settings.Text("DefaultRootObject") is { Length: > 0 } root ? root : null,
            LoggingEnabled = settings?["Logging"].Flag("Enabled") ?? false,
        });
    }
}
