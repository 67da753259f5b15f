using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private static readonly Lazy<Task<string>> DemoScan = new(async () => (await CliRun.Of("scan", "--demo", "--format", "json")).Output);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SameScan_EverythingUnchanged()
    {
        var old = _dir.File("old.json", await DemoScan.Value);
        var run = await CliRun.Of("diff", old, old, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("new").GetInt32() + summary.GetProperty("fixed").GetInt32() + summary.GetProperty("changed").GetInt32());
        Assert.Equal(document.RootElement.GetProperty("scans").GetProperty("old").GetProperty("findings").GetInt32(), summary.GetProperty("unchanged").GetInt32());
        Assert.True(summary.GetProperty("unchanged").GetInt32() > 1000);
    }

    [Fact]
    public async Task EditedScan_CountsNewFixedChangedAndNewFailures()
    {
        var (old, current, edits) = await EditedPair();
        var run = await CliRun.Of("diff", old, current, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("new").GetInt32());
        Assert.Equal(1, summary.GetProperty("fixed").GetInt32());
        Assert.Equal(2, summary.GetProperty("changed").GetInt32());
        Assert.Equal(2, summary.GetProperty("newFailures").GetInt32());
        Assert.Equal(edits.Added, root.GetProperty("new")[0].GetProperty("id").GetString());
        Assert.Equal(edits.Removed, root.GetProperty("fixed")[0].GetProperty("id").GetString());
        var toFail = root.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("id").GetString() == edits.ToFail);
        Assert.Equal("pass", toFail.GetProperty("old").GetProperty("status").GetString());
        Assert.Equal("fail", toFail.GetProperty("new").GetProperty("status").GetString());
        var reSeverity = root.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("id").GetString() == edits.Severity);
        Assert.NotEqual(reSeverity.GetProperty("old").GetProperty("severity").GetString(), reSeverity.GetProperty("new").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Table_ShowsCountsAndTheNewFailures()
    {
        var (old, current, _) = await EditedPair();
        var run = await CliRun.Of("diff", old, current);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("new failures", run.Output, StringComparison.Ordinal);
        Assert.Contains("New failures (2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("pass → fail", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task FailOn_ExitsOneOnlyForANewFailureAtOrAboveIt()
    {
        var (old, current, _) = await EditedPair();
        Assert.Equal(1, (await CliRun.Of("diff", old, current, "--fail-on", "informational", "--format", "json")).ExitCode);
        Assert.Equal(0, (await CliRun.Of("diff", current, old, "--fail-on", "informational", "--format", "json")).ExitCode);
        Assert.Equal(0, (await CliRun.Of("diff", old, old, "--fail-on", "low", "--format", "json")).ExitCode);
    }

    [Fact]
    public async Task GzipScanResults_AreRead()
    {
        var old = _dir.File("old.json", await DemoScan.Value);
        var zipped = Path.Combine(_dir.Path, "old.json.gz");
        await using (var file = File.Create(zipped))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(await File.ReadAllBytesAsync(old));
        }
        var run = await CliRun.Of("diff", zipped, old, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("changed").GetInt32());
    }

    [Fact]
    public async Task MissingFile_ExitsTwoNamingIt()
    {
        var old = _dir.File("old.json", await DemoScan.Value);
        (await CliRun.Of("diff", old, Path.Combine(_dir.Path, "nope.json"))).AssertUsageError("nope.json: file not found");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1\", \"findings\": [", "not valid JSON")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "not a Vigil scan result")]
    [InlineData("{\"checks\": []}", "not a Vigil scan result")]
    [InlineData("{\"schemaVersion\": \"9\", \"tool\": {\"name\": \"vigil\"}, \"findings\": []}", "scan result schemaVersion \"9\" is not supported")]
    [InlineData("{\"schemaVersion\": \"1\", \"tool\": {\"name\": \"vigil\"}, \"findings\": [{\"id\": \"a\", \"checkId\": \"c\", \"status\": \"broken\", \"severity\": \"high\", \"resource\": {\"arn\": \"x\"}}]}", "findings[0] (a) has status \"broken\"")]
    [InlineData("{\"schemaVersion\": \"1\", \"tool\": {\"name\": \"vigil\"}, \"findings\": [{\"checkId\": \"c\"}]}", "findings[0] lacks \"id\"")]
    public async Task UnusableFile_ExitsTwoNamingFileAndProblem(string content, string problem)
    {
        var old = _dir.File("old.json", await DemoScan.Value);
        var bad = _dir.File("bad.json", content);
        (await CliRun.Of("diff", old, bad)).AssertUsageError($"bad.json: {problem}");
    }

    private sealed record Edits(string Added, string Removed, string ToFail, string Severity);

    /// <summary>The demo scan, and a copy with one finding added, one removed, one pass turned fail and one severity raised.</summary>
    private async Task<(string Old, string New, Edits Edits)> EditedPair()
    {
        var text = await DemoScan.Value;
        var old = _dir.File("old.json", text);
        var root = JsonNode.Parse(text)!.AsObject();
        var findings = root["findings"]!.AsArray();
        var removed = findings[0]!;
        var removedId = (string)removed["id"]!;
        findings.RemoveAt(0);
        var pass = findings.First(f => (string)f!["status"]! == "pass")!;
        pass["status"] = "fail";
        var other = findings.Last(f => (string)f!["status"]! == "pass" && (string)f["severity"]! != "critical")!;
        other["severity"] = "critical";
        var added = JsonNode.Parse(pass.ToJsonString())!;
        added["id"] = "0123456789abcdef0123456789abcdef";
        added["resource"]!["arn"] = "arn:aws:s3:::brand-new-bucket";
        findings.Add(added);
        var current = _dir.File("new.json", root.ToJsonString());
        return (old, current, new Edits("0123456789abcdef0123456789abcdef", removedId, (string)pass["id"]!, (string)other["id"]!));
    }
}
