namespace Vigil.Aws.Collectors.S3;

/// <summary>A bucket as ListBuckets names it, with its region once known (null when GetBucketLocation failed).</summary>
internal sealed record ListedBucket(string Name, string Arn, DateTimeOffset? CreationDate, string? Region);
