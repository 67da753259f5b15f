using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Importers.Terraform;

namespace Vigil.Importers.Tests.Terraform;

/// <summary>The Terraform plan fixtures: importing one, and scanning it with the whole check catalog.</summary>
internal static class PlanFixture
{
    public const string FindingsSuffix = ".findings.tsv";

    private static readonly DateTimeOffset Clock = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Terraform");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Root, "*.plan.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string PathOf(string name) => Path.Combine(Root, name);

    public static Task<Snapshot> ImportAsync(string name, ImportOptions? options = null) =>
        new TerraformPlanImporter().ImportAsync(PathOf(name), options ?? new ImportOptions(), CancellationToken.None);

    public static IReadOnlyList<Finding> Scan(Snapshot snapshot)
    {
        var context = new CheckContext(snapshot, Clock, CheckSettings.Default);
        return ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None);
    }

    /// <summary>One line per finding that is not a pass: check id, resource name, status.</summary>
    public static IReadOnlyList<string> NonPassLines(IEnumerable<Finding> findings) => findings
        .Where(f => f.Status != FindingStatus.Pass)
        .Select(f => $"{f.Metadata.Id}\t{f.ResourceRef.Name}\t{Vocabulary.Text(f.Status)}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
