using System.Text.Json;
using Vigil.Reports.Sarif;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;
using Vigil.Testing.Skipping;

namespace Vigil.Reports.Tests.Validation;

/// <summary>The SARIF output checked by Microsoft's official validator (npm @microsoft/sarif-multitool): no error and
/// no warning, except the one asking for a tool information URI, which Vigil has none to give.</summary>
public sealed class SarifValidatorTests : IDisposable
{
    private static readonly string[] Tolerated = ["SARIF2005"];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableFact]
    public async Task GoldenScan_PassesTheSarifMultitoolValidator()
    {
        var node = ReportValidators.Node();
        var multitool = ReportValidators.Package("@microsoft/sarif-multitool", "bin.js");
        ReportValidators.Package("@microsoft/sarif-multitool-linux", "Sarif.Multitool");
        var input = _dir.File("scan.sarif");
        var log = _dir.File("validation.sarif");
        await File.WriteAllBytesAsync(input, await Rendered.Bytes(new SarifReportWriter(), GoldenScan.Input()));

        var (exitCode, output) = ReportValidators.Run(node, _dir.Path, multitool, "validate", input, "--output", log, "--log", "ForceOverwrite");

        Assert.True(exitCode == 0, $"the validator exited {exitCode}: {output}");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(log));
        var problems = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => (r.TryGetProperty("level", out var level) ? level.GetString() : "warning") is "error" or "warning")
            .Where(r => !Tolerated.Contains(r.GetProperty("ruleId").GetString()))
            .Select(r => r.GetRawText())
            .ToList();
        Assert.True(problems.Count == 0, "validator findings:\n" + string.Join("\n", problems) + "\n" + output);
    }
}
