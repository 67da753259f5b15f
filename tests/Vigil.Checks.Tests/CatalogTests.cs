using System.Text.RegularExpressions;
using Vigil.Core.Frameworks;

namespace Vigil.Checks.Tests;

public sealed partial class CatalogTests
{
    private static readonly IReadOnlyList<Core.Checks.ICheck> Checks = BuiltInChecks.Catalog.Checks;

    [Fact]
    public void Catalog_HasAtLeastOneHundredChecks() => Assert.True(Checks.Count >= 100, $"only {Checks.Count} checks");

    [Fact]
    public void CheckIds_AreUniqueAndKebabCaseWithServicePrefix()
    {
        Assert.Equal(Checks.Count, Checks.Select(c => c.Metadata.Id).Distinct().Count());
        foreach (var check in Checks)
        {
            Assert.Matches(IdPattern(), check.Metadata.Id);
            Assert.StartsWith(check.Metadata.Service + "-", check.Metadata.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCheck_HasCompleteMetadataAndRemediation()
    {
        foreach (var check in Checks)
        {
            var m = check.Metadata;
            var id = m.Id;
            Assert.False(string.IsNullOrWhiteSpace(m.Title), id);
            Assert.False(m.Title.StartsWith("Ensure", StringComparison.OrdinalIgnoreCase), $"{id}: the title states the passing state");
            Assert.False(m.Title.EndsWith('.'), $"{id}: titles have no final period");
            Assert.True(m.Risk.Length >= 40, $"{id}: risk text too short");
            Assert.True(m.Remediation.Text.Length >= 20, $"{id}: remediation text too short");
            Assert.False(string.IsNullOrWhiteSpace(m.Remediation.Cli), $"{id}: CLI remediation");
            Assert.False(string.IsNullOrWhiteSpace(m.Remediation.Terraform), $"{id}: Terraform remediation");
            Assert.False(string.IsNullOrWhiteSpace(m.Remediation.CloudFormation), $"{id}: CloudFormation remediation");
            Assert.StartsWith("https://", m.Remediation.Url, StringComparison.Ordinal);
            Assert.Matches(ServicePattern(), m.Service);
        }
    }

    [Fact]
    public void EveryCheck_IsReachableFromAFramework()
    {
        var unmapped = Checks.Where(c => FrameworkCatalog.BuiltIn.RequirementsOf(c.Metadata.Id).Count == 0).Select(c => c.Metadata.Id).ToList();
        Assert.True(unmapped.Count == 0, "Checks no framework requirement maps: " + string.Join(", ", unmapped));
    }

    [Fact]
    public void EveryFrameworkMapping_NamesAnExistingCheck()
    {
        var ids = Checks.Select(c => c.Metadata.Id).ToHashSet();
        var dangling = FrameworkCatalog.BuiltIn.Frameworks
            .SelectMany(f => f.Requirements.SelectMany(r => r.Checks.Where(c => !ids.Contains(c)).Select(c => $"{f.Id} {r.Id} → {c}")))
            .ToList();
        Assert.True(dangling.Count == 0, "Unknown check ids in frameworks: " + string.Join(", ", dangling));
    }

    [Theory]
    [InlineData("cis-3.0")]
    [InlineData("cis-5.0")]
    [InlineData("cis-7.0")]
    public void EveryAutomatedCisRecommendation_HasACheck(string frameworkId)
    {
        var cis = FrameworkCatalog.BuiltIn.Find(frameworkId)!;
        var uncovered = cis.Requirements
            .Where(r => r.Assessment == "Automated" && r.Checks.Count == 0)
            .Select(r => r.Id)
            .ToList();
        Assert.True(uncovered.Count == 0, $"Automated {frameworkId} recommendations without checks: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void EveryFramework_HasARequirementWithChecks()
    {
        var empty = FrameworkCatalog.BuiltIn.Frameworks.Where(f => f.Requirements.All(r => r.Checks.Count == 0)).Select(f => f.Id).ToList();
        Assert.True(empty.Count == 0, "Frameworks no check supports: " + string.Join(", ", empty));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex ServicePattern();
}
