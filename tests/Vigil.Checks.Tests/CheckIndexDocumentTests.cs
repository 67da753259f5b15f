using System.Text;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;
using Vigil.Testing;

namespace Vigil.Checks.Tests;

/// <summary>docs/checks.md is generated from the catalog; set VIGIL_UPDATE_DOCS=1 to regenerate it.</summary>
public sealed class CheckIndexDocumentTests
{
    [Fact]
    public void ChecksDocument_MatchesTheCatalog()
    {
        var path = RepositoryRoot.Combine("docs", "checks.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/checks.md is missing; run the tests with VIGIL_UPDATE_DOCS=1");
        Assert.True(File.ReadAllText(path) == expected, "docs/checks.md is out of date; run the tests with VIGIL_UPDATE_DOCS=1 and commit it");
    }

    private static string Generate()
    {
        var checks = BuiltInChecks.Catalog.Checks;
        var text = new StringBuilder();
        text.AppendLine("# Checks");
        text.AppendLine();
        text.AppendLine($"Vigil has {checks.Count} checks. This page is generated from the catalog (`vigil checks --format json` gives the same data with remediation). The last column counts the requirements each check supports in the other frameworks; [frameworks.md](frameworks.md) lists them.");
        text.AppendLine();
        foreach (var service in checks.GroupBy(c => c.Metadata.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"## {service.Key}");
            text.AppendLine();
            text.AppendLine("| id | title | severity | resource | CIS 5.0 | FSBP | other frameworks (requirements) |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var check in service)
            {
                var m = check.Metadata;
                var mapped = FrameworkCatalog.BuiltIn.RequirementsOf(m.Id);
                string Ids(string framework) => mapped.TryGetValue(framework, out var ids) ? string.Join(", ", ids) : "";
                var others = string.Join(", ", mapped.Where(p => p.Key is not ("cis-5.0" or "fsbp")).Select(p => $"{p.Key} ({p.Value.Count})"));
                text.AppendLine($"| `{m.Id}` | {m.Title} | {Vocabulary.Text(m.Severity)} | {SnapshotResources.TypeName(check.ResourceType)} | {Ids("cis-5.0")} | {Ids("fsbp")} | {others} |");
            }
            text.AppendLine();
        }
        return text.ToString().ReplaceLineEndings("\n");
    }
}
