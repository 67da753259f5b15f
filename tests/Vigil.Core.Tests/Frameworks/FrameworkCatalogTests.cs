using Vigil.Core.Frameworks;

namespace Vigil.Core.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    [Theory]
    [InlineData("cis-3.0", 62)]
    [InlineData("cis-5.0", 63)]
    [InlineData("cis-7.0", 70)]
    [InlineData("fsbp", 306)]
    [InlineData("pci-dss-4.0", 107)]
    [InlineData("hipaa", 32)]
    [InlineData("gdpr", 3)]
    [InlineData("soc2", 27)]
    [InlineData("iso27001-2022", 93)]
    [InlineData("nist-800-53-r5", 287)]
    [InlineData("nist-csf-2.0", 106)]
    [InlineData("aws-wa-security", 63)]
    public void BuiltIn_HasTheContractFrameworks(string id, int requirements)
    {
        var framework = FrameworkCatalog.BuiltIn.Find(id);
        Assert.NotNull(framework);
        Assert.Equal(requirements, framework.Requirements.Count);
    }

    [Fact]
    public void BuiltIn_HasExactlyTheTwelveContractFrameworks() => Assert.Equal(12, FrameworkCatalog.BuiltIn.Frameworks.Count);

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

    [Theory]
    [InlineData("hipaa")]
    [InlineData("gdpr")]
    [InlineData("soc2")]
    [InlineData("aws-wa-security")]
    public void BuiltIn_EveryRequirementOfTheAttestationFrameworksSaysWhatToAttest(string id)
    {
        var missing = FrameworkCatalog.BuiltIn.Find(id)!.Requirements.Where(r => string.IsNullOrWhiteSpace(r.Manual)).Select(r => r.Id).ToList();
        Assert.True(missing.Count == 0, $"{id}: requirements without a manual text: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("cis-3.0")]
    [InlineData("cis-5.0")]
    [InlineData("cis-7.0")]
    public void BuiltIn_EveryManualCisRecommendationSaysWhatToAttest(string id)
    {
        var missing = FrameworkCatalog.BuiltIn.Find(id)!.Requirements
            .Where(r => r.Assessment == "Manual" && string.IsNullOrWhiteSpace(r.Manual))
            .Select(r => r.Id)
            .ToList();
        Assert.True(missing.Count == 0, $"{id}: manual recommendations without a manual text: {string.Join(", ", missing)}");
    }

    /// <summary>FSBP is left out: its controls without checks are automated controls Vigil has no check for yet, not
    /// something a person attests.</summary>
    [Fact]
    public void BuiltIn_EveryRequirementWithoutChecksSaysWhatToAttest()
    {
        var missing = FrameworkCatalog.BuiltIn.Frameworks.Where(f => f.Id != "fsbp")
            .SelectMany(f => f.Requirements.Where(r => r.Checks.Count == 0 && string.IsNullOrWhiteSpace(r.Manual)).Select(r => $"{f.Id} {r.Id}"))
            .ToList();
        Assert.True(missing.Count == 0, "Requirements with neither checks nor a manual text: " + string.Join(", ", missing));
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
