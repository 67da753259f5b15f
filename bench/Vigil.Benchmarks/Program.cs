using BenchmarkDotNet.Running;
using Vigil.Benchmarks;

// generate N FILE      write a synthetic estate of at least N resources (gzip when FILE ends .gz)
// generate-access FILE write the access-analysis estate of issue 8 (5,000 roles, 2,000 users, 20,000 resources with policies)
// measure FILE...      load and evaluate the whole catalog once per file, in a fresh process each, and report
// scan FILE [ID...]    one measured load + evaluation in this process (what "measure" runs per file); with ID
//                      prefixes, only the checks they name (to trace one check alone)
// hold FILE [ID...]    load and evaluate (the checks named, or all), then wait for a line on standard input (to inspect the heap with dotnet-gcdump)
// load-phases FILE     the loader's sequential parts alone: decompressing FILE, and finding its values' extents
// profile FILE [ID...] evaluation time per check, slowest first (or of the checks whose id starts with one of ID)
// iam                  IAM decisions per second on one thread over the decision case corpus
// collect [--resources N] [--regions N] [--latency MS] [--page-size N]
//                      live collection of a scripted N-resource account on the fake AWS endpoint, every response
//                      delayed by MS: wall time, calls, calls per resource, and the ratio to the ideal schedule
// anything else        BenchmarkDotNet suites (e.g. --filter '*')
return args switch
{
    ["generate", var size, var path] => await Harness.GenerateAsync(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), path),
    ["generate-access", var path] => await Harness.GenerateAccessAsync(path),
    ["scan", var path, .. var ids] => await Harness.ScanAsync(path, ids),
    ["hold", var path, .. var ids] => await Harness.HoldAsync(path, ids),
    ["load-phases", var path] => LoadPhases.Run(path),
    ["profile", var path, .. var ids] => await Harness.ProfileAsync(path, ids),
    ["iam"] => Harness.IamThroughput(),
    ["collect", .. var options] => await CollectionBenchmark.RunAsync(CollectionBenchmarkOptions.Parse(options)),
    ["measure", .. var paths] => await Harness.MeasureAsync(paths),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Harness).Assembly).Run(args);
    return 0;
}
