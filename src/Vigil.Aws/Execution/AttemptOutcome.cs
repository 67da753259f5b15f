using System.Text.Json.Nodes;

namespace Vigil.Aws.Execution;

/// <summary>What one HTTP attempt gave: a result, or a failure that may be retried, possibly in another region
/// (S3 names a bucket's region when a request went to the wrong one).</summary>
internal readonly record struct AttemptOutcome(JsonObject? Result, AwsServiceException? Failure, bool Retryable, string? RedirectRegion = null)
{
    public static AttemptOutcome Success(JsonObject result) => new(result, null, false);
}
