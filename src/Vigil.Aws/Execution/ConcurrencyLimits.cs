using System.Collections.Concurrent;

namespace Vigil.Aws.Execution;

/// <summary>One semaphore per service and region (AWS rate-limits each region separately), sized from the options.</summary>
internal sealed class ConcurrencyLimits(AwsClientOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _semaphores = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string service, string region) =>
        _semaphores.GetOrAdd($"{service}|{region}", _ => new SemaphoreSlim(options.ConcurrencyFor(service)));

    public void Dispose()
    {
        foreach (var semaphore in _semaphores.Values) semaphore.Dispose();
    }
}
