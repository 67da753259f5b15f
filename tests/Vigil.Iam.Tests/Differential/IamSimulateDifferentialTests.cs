using System.Globalization;
using Xunit.Abstractions;

using Vigil.Testing.Skipping;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// Randomized differential test of the IAM engine against @cloud-copilot/iam-simulate (AGPL, run only as a separate node
/// process from a temporary npm install). VIGIL_DIFFERENTIAL_CASES sets the number of cases (default 3,000),
/// VIGIL_DIFFERENTIAL_SEED the seed (default: a new one each run, printed so a run can be repeated).
/// </summary>
public sealed class IamSimulateDifferentialTests(ITestOutputHelper output)
{
    private const int DefaultCases = 3_000;

    [SkippableFact]
    public void RandomCases_DecideAsIamSimulate_ExceptDocumentedDivergences()
    {
        var install = IamSimulateInstall.Prepare();
        var cases = Setting("VIGIL_DIFFERENTIAL_CASES") ?? DefaultCases;
        var seed = Setting("VIGIL_DIFFERENTIAL_SEED") ?? Random.Shared.Next(1, int.MaxValue);
        var summary = new DifferentialRun(new IamSimulateOracle(install), Environment.ProcessorCount).Run(seed, cases);

        var report = $"iam-simulate {install.Version} from {install.Prefix}; seed {seed} (VIGIL_DIFFERENTIAL_SEED={seed} repeats this run){Environment.NewLine}{summary.Report()}";
        output.WriteLine(report);
        Assert.True(summary.Unexplained.Count == 0, report);
        Assert.True(summary.RejectedByOracle.Values.Sum() < cases / 50, $"iam-simulate rejected too many generated requests as input: {report}");
    }

    private static int? Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new InvalidOperationException($"{name} must be a positive whole number, not \"{text}\"")
            : null;
}
