using System.Diagnostics;
using System.Globalization;
using Vigil.Aws.Collection;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;
using Vigil.Core.Model;
using Vigil.Estates;
using Vigil.ScriptedAws;
using Vigil.ScriptedAws.Accounts;
using Vigil.ScriptedAws.Faults;

namespace Vigil.Benchmarks;

/// <summary>`collect`: a live collection of a scripted account on the fake endpoint with latency added to every
/// response, measured against <see cref="IdealSchedule"/> (docs/performance.md, "Live collection").</summary>
internal static class CollectionBenchmark
{
    private sealed record Run(TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause, Snapshot Collected, IReadOnlyList<FakeCall> Calls);

    public static async Task<int> RunAsync(CollectionBenchmarkOptions options)
    {
        var regions = CollectionBenchmarkOptions.RegionNames[..options.Regions];
        var estate = SingleAccountEstate.Generate(options.Resources, regions);
        var script = AccountScript.From(estate, SingleAccountEstate.AccountId);
        Console.WriteLine($"account: {estate.AllResources().Count():N0} resources in {regions.Length} regions ({script.Count:N0} scripted answers);"
            + $" {options.Latency.TotalMilliseconds:N0} ms added to every response; page size {options.PageSize}");
        Run? best = null;
        for (var n = 1; n <= options.Runs; n++)
        {
            var run = await CollectOnceAsync(script, regions, options);
            Console.WriteLine($"run {n}: {run.Wall.TotalSeconds:F2} s wall, {run.Cpu.TotalSeconds:F2} s CPU (client and fake together), {run.GcPause.TotalSeconds:F2} s paused for GC, {run.Calls.Count:N0} calls");
            if (best is null || run.Wall < best.Wall) best = run;
        }

        var resources = best!.Collected.AllResources().Count();
        var schedule = IdealSchedule.Of(best.Calls, new AwsClientOptions(), options.Latency);
        var busiest = schedule.Busiest;
        Console.WriteLine($"collected: {resources:N0} resources, {best.Collected.Errors.Count} errors");
        Console.WriteLine($"wall time (best run): {best.Wall.TotalSeconds:F2} s");
        Console.WriteLine($"calls: {best.Calls.Count:N0} ({best.Calls.Count / (double)resources:F2} per resource)");
        Console.WriteLine($"ideal: {schedule.Ideal.TotalSeconds:F2} s (busiest pool {busiest.Service} in {busiest.Region}: {busiest.Calls:N0} calls x {options.Latency.TotalMilliseconds:N0} ms / {busiest.Limit})");
        Console.WriteLine($"ratio to ideal: {best.Wall / schedule.Ideal:F2}");
        Console.WriteLine("busiest pools:");
        foreach (var pool in schedule.Pools.Take(8))
        {
            Console.WriteLine($"  {pool.Service,-24} {pool.Region,-15} {pool.Calls,6:N0} calls / {pool.Limit,2} = {pool.Time.TotalSeconds,6:F2} s ideal;"
                + $" measured {pool.Span.TotalSeconds,6:F2} s, {pool.MeanInFlight,5:F1} in flight, {pool.MeanAnswer.TotalMilliseconds,4:F0} ms per answer");
        }
        if (options.Trace is { } trace)
        {
            await File.WriteAllLinesAsync(trace, best.Calls.Select(c => string.Join('\t', c.Key, c.Region, c.Status,
                c.Received.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture), c.Answered.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture))));
        }
        foreach (var error in best.Collected.Errors.Take(5)) Console.WriteLine($"error: {error.Describe()}");
        return best.Collected.Errors.Count == 0 ? 0 : 1;
    }

    private static async Task<Run> CollectOnceAsync(ScriptedAws.Script.ScriptedAccount script, string[] regions, CollectionBenchmarkOptions options)
    {
        await using var server = new FakeAwsServer(script, new FaultPlan { Latency = options.Latency }, options.PageSize);
        var live = new LiveOptions
        {
            CredentialSource = new StaticCredentialSource(new SigningCredentials("AKIDBENCHMARK", "benchmark/secret", null)),
            Regions = regions,
            EndpointUrl = server.Url,
            Environment = _ => null,
        };
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var collected = await LiveEstate.CollectAsync(live, TimeProvider.System, CancellationToken.None);
        var wall = watch.Elapsed;
        process.Refresh();
        return new Run(wall, process.TotalProcessorTime - cpu, GC.GetTotalPauseDuration() - paused, collected, server.Calls);
    }
}
