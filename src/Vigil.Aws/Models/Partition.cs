namespace Vigil.Aws.Models;

/// <summary>An AWS partition (aws, aws-cn, aws-us-gov, ...): its DNS suffix, the regions it holds, and the global
/// endpoints of services that are not regionalised there.</summary>
public sealed record Partition
{
    public required string Name { get; init; }
    public required string DnsSuffix { get; init; }
    public required System.Text.RegularExpressions.Regex RegionPattern { get; init; }
    /// <summary>Keyed by endpoint prefix ("iam", "cloudfront").</summary>
    public required IReadOnlyDictionary<string, GlobalEndpoint> GlobalEndpoints { get; init; }
}
