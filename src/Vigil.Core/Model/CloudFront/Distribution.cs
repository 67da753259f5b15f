namespace Vigil.Core.Model.CloudFront;

public sealed record Distribution : Resource
{
    public override string ResourceType => ResourceTypes.CloudFrontDistribution;

    public required string DistributionId { get; init; }
    public string? DomainName { get; init; }
    public bool Enabled { get; init; }
    public string? DefaultRootObject { get; init; }
    /// <summary>allow-all, https-only or redirect-to-https for the default cache behavior.</summary>
    public string ViewerProtocolPolicy { get => field ?? "allow-all"; init; }
    /// <summary>Viewer protocol policies of the other cache behaviors.</summary>
    public IReadOnlyList<string> CacheBehaviorViewerProtocolPolicies { get => field ?? []; init; }
    public bool LoggingEnabled { get; init; }
    public string? WebAclId { get; init; }
    /// <summary>True when the default CloudFront certificate (*.cloudfront.net) is used.</summary>
    public bool UsesDefaultCertificate { get; init; }
    /// <summary>sni-only, vip or static-ip.</summary>
    public string? SslSupportMethod { get; init; }
    public string? MinimumProtocolVersion { get; init; }
    public IReadOnlyList<Origin> Origins { get => field ?? []; init; }
    public bool HasOriginGroupWithFailover { get; init; }
    /// <summary>The buckets named by its S3 origins that S3 says do not exist (NoSuchBucket); empty when every one
    /// exists (a bucket of another account exists: S3 answers it with AccessDenied). Null when not determined: the
    /// input does not say, or a lookup failed (then Unreadable names it).</summary>
    public IReadOnlyList<string>? MissingOriginBuckets { get; init; }
}
