using Vigil.Aws.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Collection;

/// <summary>Runs every collector for one account: global ones once, regional ones in every region, all concurrently
/// (the client's per-service limits keep each service within its allowance). One collector failing never stops the others.</summary>
public sealed class LiveCollector(IReadOnlyList<IResourceCollector> collectors, TimeProvider time, IProgress<CollectionStep>? progress = null)
{
    /// <param name="earlierErrors">Calls that failed before collection started (e.g. listing the regions).</param>
    public async Task<Snapshot> CollectAsync(AwsClient client, string accountId, IReadOnlyList<string> regions,
        IReadOnlyList<CollectionError> earlierErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (regions.Count == 0) throw new ArgumentException("At least one region is needed.", nameof(regions));
        var sink = new CollectionSink();
        foreach (var error in earlierErrors) sink.Failed(error);
        var home = regions.Contains("us-east-1", StringComparer.Ordinal) ? "us-east-1" : regions[0];
        // A service with a low concurrency limit (IAM: 4) drains its calls slowest, so its collectors start first; each
        // starts on the thread pool, so no collector waits for the others' set-up before its first request.
        var targets = collectors.SelectMany(c => (c.Regional ? regions : [home]).Select(region => (Collector: c, Region: region)))
            .OrderBy(t => client.Options.ConcurrencyFor(t.Collector.Service))
            .ToList();
        var completed = 0;
        var runs = targets.Select(target => Task.Run(async () =>
        {
            await RunAsync(target.Collector, new CollectionTarget(client, accountId, target.Region), sink, cancellationToken).ConfigureAwait(false);
            progress?.Report(new CollectionStep(Interlocked.Increment(ref completed), targets.Count, target.Collector.Service, target.Region));
        })).ToList();

        await Task.WhenAll(runs).ConfigureAwait(false);
        return sink.Build(regions, time.GetUtcNow());
    }

    private static async Task RunAsync(IResourceCollector collector, CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await collector.CollectAsync(target, sink, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, resourceType: null);
        }
        catch (Exception e) when (e is not OperationCanceledException && e is not OutOfMemoryException)
        {
            sink.Failed(new CollectionError
            {
                AccountId = target.AccountId,
                Service = collector.Service,
                Region = target.Region,
                Operation = collector.GetType().Name,
                ErrorCode = e.GetType().Name,
                Message = e.Message,
            });
        }
    }
}
