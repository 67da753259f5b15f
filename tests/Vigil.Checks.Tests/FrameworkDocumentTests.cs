using System.Text;
using Vigil.Core.Frameworks;
using Vigil.Testing;

namespace Vigil.Checks.Tests;

/// <summary>docs/frameworks.md is generated from the framework catalog; set VIGIL_UPDATE_DOCS=1 to regenerate it.</summary>
public sealed class FrameworkDocumentTests
{
    [Fact]
    public void FrameworksDocument_MatchesTheCatalog()
    {
        var path = RepositoryRoot.Combine("docs", "frameworks.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/frameworks.md is missing; run the tests with VIGIL_UPDATE_DOCS=1");
        Assert.True(File.ReadAllText(path) == expected, "docs/frameworks.md is out of date; run the tests with VIGIL_UPDATE_DOCS=1 and commit it");
    }

    private static string Generate()
    {
        var frameworks = FrameworkCatalog.BuiltIn.Frameworks;
        var text = new StringBuilder();
        text.AppendLine("# Frameworks");
        text.AppendLine();
        text.AppendLine($"Vigil maps its {BuiltInChecks.Catalog.Checks.Count} checks to {frameworks.Count} compliance frameworks. This page is generated from " +
            "`data/frameworks` (requirements, and what a person must attest where checks cannot show it) and `data/frameworks/mappings` " +
            "(which checks support which requirement). A requirement with checks passes only when all their findings pass; one without " +
            "checks is reported manual. The mappings are proposed by `tools/frameworks/map.mjs` (from Prowler's requirement lists, the CIS 5.0 " +
            "counterparts of CIS 3.0 and 7.0, and themes for the frameworks mapped by meaning) and reviewed: refused proposals are listed with " +
            "their reasons in `tools/frameworks/rejected.tsv`.");
        text.AppendLine();
        text.AppendLine("| framework | version | requirements | with checks | without checks | with a text to attest |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var f in frameworks)
        {
            var withChecks = f.Requirements.Count(r => r.Checks.Count > 0);
            var attest = f.Requirements.Count(r => !string.IsNullOrWhiteSpace(r.Manual));
            text.AppendLine($"| [{f.Name}](#{f.Id}) (`{f.Id}`) | {f.Version} | {f.Requirements.Count} | {withChecks} | {f.Requirements.Count - withChecks} | {attest} |");
        }
        foreach (var f in frameworks)
        {
            text.AppendLine();
            text.AppendLine($"<a id=\"{f.Id}\"></a>");
            text.AppendLine($"## {f.Name} {f.Version} (`{f.Id}`)");
            text.AppendLine();
            text.AppendLine(f.Description);
            text.AppendLine();
            text.AppendLine("| requirement | title | checks | to attest |");
            text.AppendLine("|---|---|---|---|");
            foreach (var r in f.Requirements)
            {
                var checks = string.Join(", ", r.Checks.Select(c => $"`{c}`"));
                text.AppendLine($"| {r.Id} | {Cell(r.Title)} | {checks} | {Cell(r.Manual ?? "")} |");
            }
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);
}
