namespace Vigil.Core.Model.S3;

public sealed record BucketLogging(string TargetBucket, string? TargetPrefix = null);
