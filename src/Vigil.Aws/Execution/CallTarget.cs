using Vigil.Aws.Endpoints;

namespace Vigil.Aws.Execution;

/// <summary>Where a call goes and what paces it: the endpoint, and the concurrency slot and rate limiter of its
/// service in the region it is signed for.</summary>
internal sealed record CallTarget(string Region, ResolvedEndpoint Endpoint, SemaphoreSlim Semaphore, AdaptiveRateLimiter? Limiter);
