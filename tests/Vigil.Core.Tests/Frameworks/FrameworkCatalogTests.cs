using Vigil.Core.Frameworks;

namespace Vigil.Core.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    [Fact]
    public void BuiltIn_HasCisFiveAndFsbp()
    {
        var cis = FrameworkCatalog.BuiltIn.Find("cis-5.0");
        var fsbp = FrameworkCatalog.BuiltIn.Find("fsbp");
        Assert.NotNull(cis);
        Assert.NotNull(fsbp);
        Assert.Equal(63, cis.Requirements.Count);
        Assert.Equal(306, fsbp.Requirements.Count);
    }

    [Fact]
    public void BuiltIn_RequirementIdsAreUniquePerFramework()
    {
        foreach (var framework in FrameworkCatalog.BuiltIn.Frameworks)
        {
            var duplicates = framework.Requirements.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{framework.Id}: duplicate requirement ids {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void BuiltIn_EveryRequirementHasATitle()
    {
        foreach (var framework in FrameworkCatalog.BuiltIn.Frameworks)
        {
            Assert.All(framework.Requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.Title), $"{framework.Id} {r.Id}"));
        }
    }

    [Fact]
    public void RequirementsOf_IndexesChecksToRequirements()
    {
        var catalog = new FrameworkCatalog([
            new Framework { Id = "a", Name = "A", Version = "1", Requirements = [new FrameworkRequirement { Id = "1", Title = "t", Checks = ["x", "y"] }, new FrameworkRequirement { Id = "2", Title = "t", Checks = ["x"] }] },
        ]);
        Assert.Equal(["1", "2"], catalog.RequirementsOf("x")["a"]);
        Assert.Empty(catalog.RequirementsOf("z"));
    }
}
