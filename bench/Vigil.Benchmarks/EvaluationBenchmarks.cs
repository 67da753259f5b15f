using BenchmarkDotNet.Attributes;
using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Model;
using Vigil.Demo;
using Vigil.Estates;

namespace Vigil.Benchmarks;

/// <summary>Full-catalog evaluation of synthetic estates; linear cost means Mean grows 10× per 10× resources.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private Snapshot _snapshot = null!;

    [Params(10_000, 100_000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup() => _snapshot = SyntheticEstate.Generate(Resources);

    [Benchmark]
    public int EvaluateWholeCatalog()
    {
        var context = new CheckContext(_snapshot, _snapshot.CollectedAt!.Value, DemoEstate.Settings);
        return ScanEngine.Evaluate(_snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None).Count;
    }
}
