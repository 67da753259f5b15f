using System.Diagnostics;
using System.Globalization;
using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Serialization;
using Vigil.Demo;
using Vigil.Estates;

namespace Vigil.Benchmarks;

/// <summary>The end-to-end measurement of the speed target: load a snapshot file and evaluate the whole
/// catalog, reporting wall time per phase and the process's peak memory.</summary>
internal static class Harness
{
    public static async Task<int> GenerateAsync(int resources, string path)
    {
        var watch = Stopwatch.StartNew();
        var snapshot = SyntheticEstate.Generate(resources);
        await SnapshotFile.SaveAsync(snapshot, path, CancellationToken.None);
        Console.WriteLine($"{path}: {snapshot.AllResources().Count():N0} resources in {snapshot.Accounts.Count:N0} accounts, written in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static async Task<int> GenerateAccessAsync(string path)
    {
        var snapshot = AccessEstate.Generate();
        await SnapshotFile.SaveAsync(snapshot, path, CancellationToken.None);
        Console.WriteLine($"{path}: {snapshot.IamRoles.Count:N0} roles, {snapshot.IamUsers.Count:N0} users, {snapshot.AllResources().Count():N0} resources in all");
        return 0;
    }

    public static async Task<int> ScanAsync(string path, IReadOnlyList<string> ids)
    {
        var total = Stopwatch.StartNew();
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        var loaded = total.Elapsed;
        var loadPause = GC.GetTotalPauseDuration();
        var loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var loadAllocated = GC.GetTotalAllocatedBytes();
        int[] loadCollections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var checks = Selected(ids);
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? DateTimeOffset.UnixEpoch, DemoEstate.Settings);
        var findings = ScanEngine.Evaluate(snapshot, checks, context, CancellationToken.None);
        var finished = total.Elapsed;
        var evaluated = finished - loaded;
        var evaluateAllocated = GC.GetTotalAllocatedBytes() - loadAllocated;
        var failed = findings.Count(f => f.Status == FindingStatus.Fail);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resources={snapshot.AllResources().Count()} checks={checks.Count} findings={findings.Count} failed={failed} " +
            $"load_s={loaded.TotalSeconds:F2} evaluate_s={evaluated.TotalSeconds:F2} total_s={finished.TotalSeconds:F2} " +
            $"peak_mb={process.PeakWorkingSet64 / (1024 * 1024)} gc_pause_load_s={loadPause.TotalSeconds:F2} " +
            $"gc_pause_evaluate_s={(GC.GetTotalPauseDuration() - loadPause).TotalSeconds:F2} gcs_load={loadCollections[0]}/{loadCollections[1]}/{loadCollections[2]} " +
            $"gcs_total={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} " +
            $"cpu_load_s={loadCpu.TotalSeconds:F2} cpu_evaluate_s={(process.TotalProcessorTime - loadCpu).TotalSeconds:F2} " +
            $"alloc_load_mb={loadAllocated >> 20} alloc_evaluate_mb={evaluateAllocated >> 20}"));
        return 0;
    }

    public static async Task<int> HoldAsync(string path, IReadOnlyList<string> ids)
    {
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? DateTimeOffset.UnixEpoch, DemoEstate.Settings);
        var findings = ScanEngine.Evaluate(snapshot, Selected(ids), context, CancellationToken.None);
        Console.WriteLine($"process {Environment.ProcessId}: {findings.Count:N0} findings held; press Enter to exit");
        Console.ReadLine();
        GC.KeepAlive(findings);
        return 0;
    }

    /// <summary>The whole catalog, or the checks whose id starts with one of <paramref name="ids"/>.</summary>
    private static IReadOnlyList<ICheck> Selected(IReadOnlyList<string> ids) => ids.Count == 0
        ? BuiltInChecks.Catalog.Checks
        : [.. BuiltInChecks.Catalog.Checks.Where(c => ids.Any(id => c.Metadata.Id.StartsWith(id, StringComparison.Ordinal)))];

    /// <summary>Evaluation time per check, slowest first: where to look when the whole is slow. With check id prefixes,
    /// only the checks they name are reported (all are still evaluated, so shared indexes cost what they do in a scan).</summary>
    public static async Task<int> ProfileAsync(string path, IReadOnlyList<string> ids)
    {
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? DateTimeOffset.UnixEpoch, DemoEstate.Settings);
        var timings = new List<(string Id, double Seconds, long Bytes, int Findings)>();
        foreach (var check in BuiltInChecks.Catalog.Checks)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var findings = ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None);
            timings.Add((check.Metadata.Id, watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, findings.Count));
        }
        var shown = ids.Count == 0
            ? timings.OrderByDescending(t => t.Seconds).Take(25)
            : timings.Where(t => ids.Any(id => t.Id.StartsWith(id, StringComparison.Ordinal))).OrderByDescending(t => t.Seconds);
        foreach (var (id, seconds, bytes, findings) in shown)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds,8:F3} s {bytes / Math.Max(1, findings),6} B/finding {findings,8} findings  {id}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{timings.Sum(t => t.Seconds),8:F3} s  total"));
        return 0;
    }

    /// <summary>Decisions per second on one thread over the IAM corpus mix, after compilation.</summary>
    public static int IamThroughput()
    {
        var requests = IamRequestMix.FromCorpus();
        var decided = 0L;
        for (var i = 0; i < 200_000; i++) Iam.Evaluator.Evaluate(requests[i % requests.Count]);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            for (var i = 0; i < 10_000; i++) Iam.Evaluator.Evaluate(requests[(int)(decided++ % requests.Count)]);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests={requests.Count} decisions={decided} seconds={watch.Elapsed.TotalSeconds:F2} decisions_per_second={decided / watch.Elapsed.TotalSeconds:F0}"));
        return 0;
    }

    /// <summary>Each file in its own process, so peak memory is that scan's alone.</summary>
    public static async Task<int> MeasureAsync(IReadOnlyList<string> paths)
    {
        var self = Environment.ProcessPath!;
        var assembly = typeof(Harness).Assembly.Location;
        foreach (var path in paths)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(assembly);
            start.ArgumentList.Add("scan");
            start.ArgumentList.Add(path);
            using var child = Process.Start(start)!;
            var line = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            Console.Write($"{Path.GetFileName(path)}: {line}");
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }
}
