namespace Vigil.Core.Model.CloudFront;

public sealed record Origin
{
    public required string Id { get; init; }
    public required string DomainName { get; init; }
    /// <summary>True for S3 origins (bucket REST endpoints).</summary>
    public bool IsS3 { get; init; }
    public string? OriginAccessControlId { get; init; }
    public string? OriginAccessIdentity { get; init; }
    /// <summary>For custom origins: http-only, match-viewer or https-only.</summary>
    public string? OriginProtocolPolicy { get; init; }
    /// <summary>For custom origins: SSLv3, TLSv1, TLSv1.1, TLSv1.2.</summary>
    public IReadOnlyList<string> OriginSslProtocols { get => field ?? []; init; }

    /// <summary>For S3 origins, the bucket the domain name addresses (BUCKET.s3.amazonaws.com,
    /// BUCKET.s3.REGION.amazonaws.com, BUCKET.s3-REGION.amazonaws.com, ...); null for other origins.</summary>
    public string? BucketName => IsS3 ? S3OriginBucket.FromDomainName(DomainName) : null;
}
