using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task Checks_Json_ListsEveryCheckWithMetadata()
    {
        var run = await CliRun.Of("checks", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var checks = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(Checks.BuiltInChecks.Catalog.Checks.Count, checks.Count);
        Assert.All(checks, c =>
        {
            var listed = c.GetProperty("compliance").EnumerateObject()
                .ToDictionary(f => f.Name, f => f.Value.EnumerateArray().Select(r => r.GetString()!).ToList());
            var mapped = Core.Frameworks.FrameworkCatalog.BuiltIn.RequirementsOf(c.GetProperty("id").GetString()!);
            Assert.Equal(mapped.Keys.Order(), listed.Keys.Order());
            Assert.All(mapped, m => Assert.Equal(m.Value, listed[m.Key]));
        });
        Assert.Contains(checks, c => c.GetProperty("compliance").EnumerateObject().Any());
    }

    [Fact]
    public async Task Checks_Table_NamesEveryCheck()
    {
        var run = await CliRun.Of("checks");
        Assert.Equal(0, run.ExitCode);
        Assert.All(Checks.BuiltInChecks.Catalog.Checks, c => Assert.Contains(c.Metadata.Id, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Frameworks_Json_ListsTheTwelveContractFrameworks()
    {
        var run = await CliRun.Of("frameworks", "--format", "json");
        using var document = JsonDocument.Parse(run.Output);
        var ids = document.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(["aws-wa-security", "cis-3.0", "cis-5.0", "cis-7.0", "fsbp", "gdpr", "hipaa", "iso27001-2022", "nist-800-53-r5", "nist-csf-2.0", "pci-dss-4.0", "soc2"],
            ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Frameworks_WithIds_ListsOnlyThose()
    {
        var run = await CliRun.Of("frameworks", "gdpr", "--format", "json");
        using var document = JsonDocument.Parse(run.Output);
        var gdpr = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(["Art.25", "Art.30", "Art.32"], gdpr.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Frameworks_Table_SummarisesThenListsRequirements()
    {
        var run = await CliRun.Of("frameworks", "hipaa");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Frameworks", run.Output, StringComparison.Ordinal);
        Assert.Contains("164.312(b)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("cis-5.0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frameworks_UnknownId_ExitsTwoNamingIt()
    {
        var run = await CliRun.Of("frameworks", "pci-3");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown framework 'pci-3'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var run = await CliRun.Of("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var run = await CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "scan", "checks", "frameworks" }) Assert.Contains(command, run.Output, StringComparison.Ordinal);
    }
}
