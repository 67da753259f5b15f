using System.Text.Json;
using Vigil.Core.Findings;
using Vigil.Reports.Sarif;
using Vigil.Reports.Tests.Fixtures;

namespace Vigil.Reports.Tests;

public sealed class SarifReportWriterTests
{
    private static async Task<JsonElement> Run()
    {
        using var document = JsonDocument.Parse(await Rendered.Text(new SarifReportWriter(), GoldenScan.Input()));
        return document.RootElement.GetProperty("runs")[0].Clone();
    }

    [Fact]
    public async Task Write_OneRulePerCheckWithHelpAndAnExplicitLevel()
    {
        var run = await Run();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(4, rules.Count);
        var critical = rules.Single(r => r.GetProperty("id").GetString() == GoldenScan.Critical.Id);
        Assert.Equal("error", critical.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Contains("```sh", critical.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Contains(GoldenScan.Critical.Remediation.Cli, critical.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("9.5", critical.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.True(r.TryGetProperty("level", out _)));
    }

    [Fact]
    public async Task Write_IacFindingsHaveFileAndLine_LiveFindingsTheArnAsLogicalLocation()
    {
        var results = (await Run()).GetProperty("results").EnumerateArray().ToList();
        var iac = results.Single(r => r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("declared-bucket", StringComparison.Ordinal));
        var physical = iac.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("templates/stack%20one.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("Resources.DeclaredBucket", iac.GetProperty("locations")[0].GetProperty("logicalLocations")[1].GetProperty("fullyQualifiedName").GetString());
        var live = results.Single(r => r.GetProperty("kind").GetString() == "pass");
        Assert.False(live.GetProperty("locations")[0].TryGetProperty("physicalLocation", out _));
        Assert.Equal("arn:aws:s3:::fine-bucket", live.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public async Task Write_FingerprintsAreTheStableFindingIds()
    {
        var input = GoldenScan.Input();
        var results = (await Run()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(input.Listed.Select(f => FindingId.For(f.Metadata.Id, f.ResourceRef.Arn)),
            results.Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintName).GetString()));
    }

    [Fact]
    public async Task Write_StatusesBecomeKinds_MutedFindingsAreSuppressed()
    {
        var results = (await Run()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["fail", "pass", "fail", "open", "review", "fail"], results.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(["error", "none", "error", "none", "none", "note"], results.Select(r => r.GetProperty("level").GetString()));
        var suppression = Assert.Single(results, r => r.TryGetProperty("suppressions", out _)).GetProperty("suppressions")[0];
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal("Logs go to \"central\" <SIEM> & are kept", suppression.GetProperty("justification").GetString());
    }
}
