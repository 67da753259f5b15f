using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;

namespace Vigil.Aws.Collectors.CloudTrail;

/// <summary>The account's multi-region trails, once per account: every region lists them (as shadow trails outside
/// their home region), so reading them once finds them whatever their home region and whichever regions are scanned.</summary>
internal sealed class CloudTrailMultiRegionTrailCollector : IResourceCollector
{
    public string Service => "cloudtrail";
    public bool Regional => false;
    public IReadOnlyList<string> Actions => TrailReader.Actions;

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        return TrailReader.CollectAsync(target, sink, includeShadowTrails: true, trail => trail.Bool("IsMultiRegionTrail") == true, cancellationToken);
    }
}
