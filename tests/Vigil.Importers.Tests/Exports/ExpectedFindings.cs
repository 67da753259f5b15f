using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Importers.Tests.Exports;

/// <summary>An export fixture's non-pass findings under the whole catalog, one "check-id TAB resource-name TAB status"
/// line each, compared with the fixture's <c>.findings.tsv</c> file (rewritten instead when VIGIL_UPDATE_FIXTURES=1).</summary>
internal static class ExpectedFindings
{
    public static IReadOnlyList<string> Of(Snapshot snapshot, DateTimeOffset now)
    {
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? now, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None)
            .Where(f => f.Status != FindingStatus.Pass)
            .Select(f => $"{f.Metadata.Id}\t{f.ResourceRef.Name}\t{f.Status.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static void AssertMatches(string fixturePath, IReadOnlyList<string> actual)
    {
        var expectedPath = fixturePath + ".findings.tsv";
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(SourceDirectory(), Path.GetRelativePath(AppContext.BaseDirectory, expectedPath));
            File.WriteAllLines(source, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing");
        var expected = File.ReadAllLines(expectedPath).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string> Fixtures(string kind) =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", kind))
            .Where(f => !f.EndsWith(".findings.tsv", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal));

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
