namespace Vigil.Aws.Endpoints;

/// <summary>Where a service's requests go in a region, the region they are signed for, and whether the URL was
/// given by the user (--endpoint-url or AWS_ENDPOINT_URL*), in which case S3 uses path-style addressing and no
/// host prefix is added.</summary>
public sealed record ResolvedEndpoint(Uri Url, string SigningRegion, bool IsCustom);
