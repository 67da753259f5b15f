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
    public async Task Frameworks_Json_HasCisAndFsbp()
    {
        var run = await CliRun.Of("frameworks", "--format", "json");
        using var document = JsonDocument.Parse(run.Output);
        var ids = document.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("cis-5.0", ids);
        Assert.Contains("fsbp", ids);
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
