using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;

namespace Vigil.Aws.Collectors.CloudTrail;

/// <summary>The single-region trails created in the region (the multi-region ones are read once per account).</summary>
internal sealed class CloudTrailRegionalTrailCollector : IResourceCollector
{
    public string Service => "cloudtrail";
    public bool Regional => true;
    public IReadOnlyList<string> Actions => TrailReader.Actions;

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        return TrailReader.CollectAsync(target, sink, includeShadowTrails: false, trail => trail.Bool("IsMultiRegionTrail") != true, cancellationToken);
    }
}
