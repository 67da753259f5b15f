using System.Globalization;

namespace Vigil.Benchmarks;

/// <summary>The options of `collect`: account size, regions, latency added per response, the fake's page size, how many
/// runs (the best is reported: the machine's other load only ever slows a run down), and a file to write the best
/// run's calls to (tab-separated: operation, region, status, received and answered in ms).</summary>
internal sealed record CollectionBenchmarkOptions(int Resources, int Regions, TimeSpan Latency, int PageSize, int Runs = 3, string? Trace = null)
{
    public static readonly string[] RegionNames = ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1", "ap-northeast-1"];

    public static CollectionBenchmarkOptions Parse(string[] args)
    {
        var options = new CollectionBenchmarkOptions(5000, 3, TimeSpan.FromMilliseconds(50), 100);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value");
            if (args[i] == "--trace")
            {
                options = options with { Trace = args[i + 1] };
                continue;
            }
            var value = int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{args[i]} takes a positive whole number, got '{args[i + 1]}'");
            options = args[i] switch
            {
                "--resources" => options with { Resources = value },
                "--regions" when value <= RegionNames.Length => options with { Regions = value },
                "--regions" => throw new ArgumentException($"--regions is at most {RegionNames.Length}"),
                "--latency" => options with { Latency = TimeSpan.FromMilliseconds(value) },
                "--page-size" => options with { PageSize = value },
                "--runs" => options with { Runs = value },
                _ => throw new ArgumentException($"unknown option {args[i]} (--resources, --regions, --latency, --page-size, --runs, --trace)"),
            };
        }
        return options;
    }
}
