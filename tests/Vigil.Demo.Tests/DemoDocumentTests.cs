using System.Text;
using Vigil.Checks;
using Vigil.Core.Findings;
using Vigil.Testing;

namespace Vigil.Demo.Tests;

/// <summary>docs/demo.md is generated from the demo estate; set VIGIL_UPDATE_DOCS=1 to regenerate it.</summary>
public sealed class DemoDocumentTests
{
    [Fact]
    public void DemoDocument_ListsEveryDeliberateWeakness()
    {
        var path = RepositoryRoot.Combine("docs", "demo.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/demo.md is missing; run the tests with VIGIL_UPDATE_DOCS=1");
        Assert.True(File.ReadAllText(path) == expected, "docs/demo.md is out of date; run the tests with VIGIL_UPDATE_DOCS=1 and commit it");
    }

    private static string Generate()
    {
        var snapshot = DemoScan.Snapshot;
        var findings = DemoScan.Findings;
        var text = new StringBuilder();
        text.AppendLine("# The demo estate");
        text.AppendLine();
        text.AppendLine("`vigil scan --demo` scans an embedded, deterministic snapshot of Acme Analytics, a plausible mid-size company: " +
            $"{snapshot.Accounts.Count} accounts ({string.Join(", ", snapshot.Accounts.Select(a => $"`{a.AccountId}` {a.Name}"))}), " +
            $"{snapshot.Regions.Count} regions ({string.Join(", ", snapshot.Regions)}) and {snapshot.AllResources().Count()} resources, " +
            $"collected at {snapshot.CollectedAt:yyyy-MM-dd HH:mm} UTC. It is built by `src/Vigil.Demo` (one part per service).");
        text.AppendLine();
        text.AppendLine($"A scan with the whole catalog gives {findings.Count} findings: {Count(findings, FindingStatus.Pass)} pass, " +
            $"{Count(findings, FindingStatus.Fail)} fail, {Count(findings, FindingStatus.Error)} error, {Count(findings, FindingStatus.Manual)} manual. " +
            "Most of the estate is well configured; every failure is one of the deliberate weaknesses below, and every check " +
            "fails at least once and passes at least once. A test asserts that the scan fails exactly this list.");
        text.AppendLine();
        var settings = DemoEstate.Settings;
        text.AppendLine("`scan --demo` and `responsibilities --demo` judge the estate with Acme's own settings (a `--config` file replaces them): " +
            $"`allowedRegions: [{string.Join(", ", settings.AllowedRegions)}]`, " +
            $"`dataClassificationTagKeys: [{string.Join(", ", settings.DataClassificationTagKeys)}]`, " +
            $"`backupCopyRequired: [{string.Join(", ", settings.BackupCopyRequired)}]`.");
        text.AppendLine();
        text.AppendLine("## What could not be collected");
        text.AppendLine();
        foreach (var error in snapshot.Errors) text.AppendLine($"- {error.AccountId}: {error.Describe()}. The affected checks report `error`, never `pass`.");
        text.AppendLine();
        text.AppendLine("## Deliberate weaknesses");
        var checks = BuiltInChecks.Catalog.Checks.ToDictionary(c => c.Metadata.Id);
        foreach (var service in DemoEstate.Weaknesses.GroupBy(w => checks.TryGetValue(w.CheckId, out var c) ? c.Metadata.Service : "unknown").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine();
            text.AppendLine($"### {service.Key}");
            text.AppendLine();
            text.AppendLine("| check | resource | what is wrong |");
            text.AppendLine("|---|---|---|");
            foreach (var weakness in service.OrderBy(w => w.CheckId, StringComparer.Ordinal).ThenBy(w => w.ResourceArn, StringComparer.Ordinal))
                text.AppendLine($"| `{weakness.CheckId}` | `{weakness.ResourceArn}` | {weakness.Description.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static int Count(IReadOnlyList<Finding> findings, FindingStatus status) => findings.Count(f => f.Status == status);
}
