namespace Vigil.Core.Model.S3;

/// <summary>An S3 Multi-Region Access Point (s3control ListMultiRegionAccessPoints, served from us-west-2). Its Block
/// Public Access settings are fixed when it is created.</summary>
public sealed record MultiRegionAccessPoint : Resource
{
    public override string ResourceType => ResourceTypes.MultiRegionAccessPoint;

    public string? Alias { get; init; }
    /// <summary>READY, INCONSISTENT_ACROSS_REGIONS, CREATING, PARTIALLY_CREATED, PARTIALLY_DELETED or DELETING.</summary>
    public string? Status { get; init; }
    /// <summary>Null when AWS returned no configuration (which blocks nothing).</summary>
    public PublicAccessBlock? PublicAccessBlock { get; init; }
    /// <summary>The buckets it routes to.</summary>
    public IReadOnlyList<string> Buckets { get => field ?? []; init; }
}
