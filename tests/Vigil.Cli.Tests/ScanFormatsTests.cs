using System.Text.Json;
using System.Xml.Linq;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class ScanFormatsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task OutputDir_EveryFormatInOneRun_OneFilePerFormat()
    {
        var dir = Path.Combine(_dir.Path, "reports");
        string[] formats = ["table", "json", "csv", "sarif", "junit", "ocsf", "asff", "markdown"];
        var run = await CliRun.Of(["scan", "--demo", "--output-dir", dir, .. formats.SelectMany(f => new[] { "--format", f })]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        Assert.Equal(
            ["vigil-scan.asff.json", "vigil-scan.csv", "vigil-scan.json", "vigil-scan.md", "vigil-scan.ocsf.json", "vigil-scan.sarif", "vigil-scan.txt", "vigil-scan.xml"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.json")));
        var findings = json.RootElement.GetProperty("findings").GetArrayLength();
        using var ocsf = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.ocsf.json")));
        Assert.Equal(findings, ocsf.RootElement.GetArrayLength());
        using var asff = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.asff.json")));
        Assert.Equal(findings, asff.RootElement.GetArrayLength());
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.sarif")));
        Assert.Equal(findings, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal(findings, XDocument.Load(Path.Combine(dir, "vigil-scan.xml")).Descendants("testcase").Count());
        Assert.Equal(findings + 1, (await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.csv"))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("## Vigil: ", await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "id,check_id,")]
    [InlineData("markdown", "## Vigil: ")]
    [InlineData("junit", "<?xml")]
    [InlineData("sarif", "{")]
    public async Task Format_WritesToStandardOutput(string format, string start)
    {
        var run = await CliRun.Of("scan", "--demo", "--format", format, "--framework", "cis-5.0");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith(start, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_WithFramework_ShowsItsScore()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "markdown", "--framework", "cis-5.0");
        Assert.Matches(@"\(`cis-5\.0`\) \| \d+\.\d%", run.Output);
    }
}
