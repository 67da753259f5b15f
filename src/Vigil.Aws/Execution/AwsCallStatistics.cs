namespace Vigil.Aws.Execution;

/// <summary>Counts of what the client did: operations called, HTTP attempts made, retries, throttled responses
/// and calls that failed for good.</summary>
public sealed record AwsCallStatistics(long Calls, long Attempts, long Retries, long Throttles, long Failures);
