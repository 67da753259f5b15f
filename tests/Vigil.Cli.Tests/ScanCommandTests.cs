using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class ScanCommandTests : IDisposable
{
    private static readonly string[] MediumOrAbove = ["medium", "high", "critical"];
    private static readonly string[] Verdicts = ["pass", "fail", "error", "manual"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_Table_ShowsSummaryAndFailuresAt100Columns()
    {
        var run = await CliRun.Of("scan", "--demo");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Summary", run.Output, StringComparison.Ordinal);
        Assert.Contains("Failures", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, $"line longer than 100 columns: {line}"));
    }

    [Fact]
    public async Task Demo_Json_FollowsTheContract()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("vigil", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("demo", root.GetProperty("inputs")[0].GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("accounts").GetArrayLength());
        var summary = root.GetProperty("summary");
        foreach (var key in new[] { "pass", "fail", "error", "manual", "muted" }) Assert.True(summary.TryGetProperty(key, out _), key);
        foreach (var key in new[] { "critical", "high", "medium", "low", "informational" }) Assert.True(summary.GetProperty("failBySeverity").TryGetProperty(key, out _), key);

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(findings.Count, summary.GetProperty("pass").GetInt32() + summary.GetProperty("fail").GetInt32()
            + summary.GetProperty("error").GetInt32() + summary.GetProperty("manual").GetInt32() + summary.GetProperty("muted").GetInt32());
        Assert.Equal(findings.Count, findings.Select(f => f.GetProperty("id").GetString()).Distinct().Count());
        foreach (var finding in findings)
        {
            foreach (var key in new[] { "id", "checkId", "title", "severity", "status", "service", "domain", "responsibility", "message" })
                Assert.False(string.IsNullOrEmpty(finding.GetProperty(key).GetString()), key);
            var resource = finding.GetProperty("resource");
            foreach (var key in new[] { "arn", "type", "name", "account" }) Assert.False(string.IsNullOrEmpty(resource.GetProperty(key).GetString()), key);
            Assert.True(resource.TryGetProperty("region", out _));
            Assert.Equal(JsonValueKind.Object, finding.GetProperty("compliance").ValueKind);
            foreach (var key in new[] { "text", "cli", "terraform", "cloudformation", "url" })
                Assert.False(string.IsNullOrEmpty(finding.GetProperty("remediation").GetProperty(key).GetString()), key);
            Assert.False(finding.TryGetProperty("location", out _));
        }
        Assert.Contains(findings, f => f.GetProperty("status").GetString() == "error");
    }

    [Fact]
    public async Task FailOn_ExitsOneWhenAFailureAtOrAboveExists()
    {
        Assert.Equal(1, (await CliRun.Of("scan", "--demo", "--fail-on", "low", "--format", "json")).ExitCode);
    }

    [Fact]
    public async Task FailOn_ExitsZeroWhenNoFailureAtOrAbove()
    {
        var run = await CliRun.Of("scan", "--demo", "--check", "no-such-check-*", "--fail-on", "informational", "--format", "json");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Filters_NarrowTheFindings()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--service", "s3", "--status", "fail", "--severity", "medium");
        using var document = JsonDocument.Parse(run.Output);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal("s3", f.GetProperty("service").GetString());
            Assert.Equal("fail", f.GetProperty("status").GetString());
            Assert.Contains(f.GetProperty("severity").GetString(), MediumOrAbove);
        });
    }

    [Fact]
    public async Task Framework_SelectsMappedChecksAndReportsTheirRequirements()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--framework", "cis-5.0");
        using var document = JsonDocument.Parse(run.Output);
        Assert.All(document.RootElement.GetProperty("findings").EnumerateArray(),
            f => Assert.True(f.GetProperty("compliance").TryGetProperty("cis-5.0", out _)));
    }

    [Fact]
    public async Task Framework_AddsAVerdictPerRequirementAndScores()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--framework", "cis-5.0");
        using var document = JsonDocument.Parse(run.Output);
        var framework = Assert.Single(document.RootElement.GetProperty("frameworks").EnumerateArray());
        Assert.Equal("cis-5.0", framework.GetProperty("id").GetString());
        var results = framework.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(63, results.Count);
        var rootMfa = results.Single(r => r.GetProperty("id").GetString() == "1.4");
        Assert.Equal("fail", rootMfa.GetProperty("status").GetString());
        Assert.True(rootMfa.GetProperty("findings").GetProperty("fail").GetInt32() >= 1);
        var manual = results.Single(r => r.GetProperty("id").GetString() == "1.1");
        Assert.Equal("manual", manual.GetProperty("status").GetString());
        var counts = framework.GetProperty("requirements");
        Assert.Equal(63, Verdicts.Sum(s => counts.GetProperty(s).GetInt32()));
        Assert.NotEmpty(framework.GetProperty("sections").EnumerateArray());
    }

    [Fact]
    public async Task Framework_TableShowsScoreAndRequirements()
    {
        var run = await CliRun.Of("scan", "--demo", "--framework", "fsbp");
        Assert.Contains("(fsbp)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Score \d+\.\d%", run.Output);
        Assert.Contains("S3.1 ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFramework_NoFrameworksSection()
    {
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--check", "s3-*");
        using var document = JsonDocument.Parse(run.Output);
        Assert.False(document.RootElement.TryGetProperty("frameworks", out _));
    }

    [Fact]
    public async Task Html_WritesOneSelfContainedPage()
    {
        var path = Path.Combine(_dir.Path, "report.html");
        var run = await CliRun.Of("scan", "--demo", "--format", "html", "--framework", "fsbp", "-o", path);
        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("\u0022fsbp\u0022", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mute_KeepsFindingsWithStatusMuted()
    {
        var mute = _dir.File("mute.yaml", "rules:\n  - checks: ['*']\n    accounts: ['444455556666']\n    reason: dev account accepted\n");
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--mute", mute);
        using var document = JsonDocument.Parse(run.Output);
        var dev = document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("resource").GetProperty("account").GetString() == "444455556666").ToList();
        Assert.NotEmpty(dev);
        Assert.All(dev, f =>
        {
            Assert.Equal("muted", f.GetProperty("status").GetString());
            Assert.Equal("dev account accepted", f.GetProperty("muted").GetProperty("reason").GetString());
        });
    }

    [Fact]
    public async Task OutputDir_WritesOneFilePerFormat()
    {
        var dir = Path.Combine(_dir.Path, "out");
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "--format", "table", "--output-dir", dir);
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.json")));
        Assert.Contains("Summary", await File.ReadAllTextAsync(Path.Combine(dir, "vigil-scan.txt")), StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Output_WritesTheReportToAFile()
    {
        var path = Path.Combine(_dir.Path, "scan.json");
        var run = await CliRun.Of("scan", "--demo", "--format", "json", "-o", path);
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.True(document.RootElement.GetProperty("findings").GetArrayLength() > 0);
    }

    [Fact]
    public async Task SnapshotFile_ScansLikeTheDemo()
    {
        var path = Path.Combine(_dir.Path, "demo.json.gz");
        await Core.Serialization.SnapshotFile.SaveAsync(Demo.DemoEstate.Build(), path, CancellationToken.None);
        var demo = Demo.DemoEstate.Settings;
        var config = _dir.File("acme.yaml",
            $"allowedRegions: [{string.Join(", ", demo.AllowedRegions)}]\n" +
            $"dataClassificationTagKeys: [{string.Join(", ", demo.DataClassificationTagKeys)}]\n" +
            $"backupCopyRequired: [{string.Join(", ", demo.BackupCopyRequired)}]\n");
        var fromFile = await CliRun.Of("scan", path, "--format", "json", "--config", config);
        var fromDemo = await CliRun.Of("scan", "--demo", "--format", "json");
        using var a = JsonDocument.Parse(fromFile.Output);
        using var b = JsonDocument.Parse(fromDemo.Output);
        Assert.Equal(b.RootElement.GetProperty("summary").GetRawText(), a.RootElement.GetProperty("summary").GetRawText());
        Assert.Equal("snapshot", a.RootElement.GetProperty("inputs")[0].GetProperty("kind").GetString());
    }
}
