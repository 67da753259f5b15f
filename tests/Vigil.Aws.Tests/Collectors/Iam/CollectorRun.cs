using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Tests.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>Runs one collector against a <see cref="FakeAws"/> through a real AwsClient on a fake clock.</summary>
internal static class CollectorRun
{
    public const string AccountId = "123456789012";

    public static Task<Snapshot> CollectAsync(FakeAws aws, IResourceCollector collector, params string[] regions) =>
        CollectAsync(aws, _ => collector, regions);

    /// <summary>With a collector made for the run's clock (for collectors that wait between calls).</summary>
    public static async Task<Snapshot> CollectAsync(FakeAws aws, Func<TimeProvider, IResourceCollector> create, params string[] regions)
    {
        if (regions.Length == 0) regions = ["us-east-1"];
        using var harness = new ClientHarness(aws.AnswerAsync, new AwsClientOptions { AdaptiveRateLimiting = false });
        var collector = create(harness.Time);
        var sink = new CollectionSink();
        return await harness.RunAsync(Run());

        async Task<Snapshot> Run()
        {
            foreach (var region in collector.Regional ? regions : regions[..1])
            {
                await collector.CollectAsync(new CollectionTarget(harness.Client, AccountId, region), sink, CancellationToken.None);
            }
            return sink.Build(regions, harness.Time.GetUtcNow());
        }
    }
}
