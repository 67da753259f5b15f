using Vigil.Aws.Execution;

namespace Vigil.Aws.Collectors.CloudFront;

/// <summary>Whether an origin's bucket exists, or why that could not be told (then <see cref="Exists"/> means nothing).</summary>
internal sealed record OriginBucketAnswer(string Bucket, bool Exists, AwsServiceException? Failure);
