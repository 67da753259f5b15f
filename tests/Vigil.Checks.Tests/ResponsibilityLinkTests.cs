using Vigil.Core.Responsibilities;

namespace Vigil.Checks.Tests;

/// <summary>The responsibility catalog and the check catalog agree both ways.</summary>
public sealed class ResponsibilityLinkTests
{
    [Fact]
    public void EveryReferencedCheckExists()
    {
        var known = BuiltInChecks.Catalog.Checks.Select(c => c.Metadata.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = ResponsibilityCatalog.BuiltIn.Services
            .SelectMany(s => s.CheckIds.Where(id => !known.Contains(id)).Select(id => $"{s.Id}: {id}")).ToList();
        Assert.True(dangling.Count == 0, "unknown check ids in data/responsibility: " + string.Join(", ", dangling));
    }

    [Fact]
    public void EveryCheckBelongsToAtLeastOneDuty()
    {
        var referenced = ResponsibilityCatalog.BuiltIn.Services.SelectMany(s => s.CheckIds).ToHashSet(StringComparer.Ordinal);
        var orphans = BuiltInChecks.Catalog.Checks.Select(c => c.Metadata.Id).Where(id => !referenced.Contains(id)).ToList();
        Assert.True(orphans.Count == 0, "checks that verify no duty in data/responsibility: " + string.Join(", ", orphans));
    }

    [Fact]
    public void ServicesWithChecksUseTheChecksServiceNames()
    {
        var catalog = ResponsibilityCatalog.BuiltIn;
        var missing = BuiltInChecks.Catalog.Checks.Select(c => c.Metadata.Service).Distinct()
            .Where(service => catalog.Find(service) is null).ToList();
        Assert.True(missing.Count == 0, "check services without a responsibility file: " + string.Join(", ", missing));
    }
}
