using Vigil.Core;
using Vigil.Core.Findings;
using Vigil.Reports.Diff;
using Vigil.Reports.Json;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

public sealed class ScanResultReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Read_ScanResultJson_KeepsIdCheckArnStatusAndSeverity()
    {
        var input = GoldenScan.Input(GoldenScan.Frameworks().Frameworks);
        var path = _dir.File("scan.json");
        await File.WriteAllBytesAsync(path, await Rendered.Bytes(new JsonReportWriter(), input));

        var scan = await ScanResultReader.ReadAsync(path, CancellationToken.None);

        Assert.Equal("1.2.3", scan.ToolVersion);
        Assert.Equal(input.Listed.Count, scan.ById.Count);
        var muted = input.Listed.Single(f => f.Status == FindingStatus.Muted);
        Assert.Equal(new FindingState(muted.Metadata.Id, muted.ResourceRef.Arn, FindingStatus.Muted, muted.Metadata.Severity), scan.ById[muted.Id]);
    }

    [Fact]
    public async Task Read_AFindingLargerThanTheBuffer_GrowsTheBuffer()
    {
        var golden = GoldenScan.Input();
        var check = golden.Listed[0].Check;
        var huge = new string('x', 300_000);
        var findings = new List<Finding>
        {
            new(check, TestResources.Bucket("a"), FindingStatus.Fail, huge),
            new(check, TestResources.Bucket("b"), FindingStatus.Pass, "fine"),
        };
        var path = _dir.File("scan.json");
        await File.WriteAllBytesAsync(path, await Rendered.Bytes(new JsonReportWriter(), new ReportInput(golden.Result with { Findings = findings }, findings, golden.Frameworks, ReportStyle.Plain)));

        var scan = await ScanResultReader.ReadAsync(path, CancellationToken.None);

        Assert.Equal(2, scan.ById.Count);
        Assert.Equal(FindingStatus.Fail, scan.ById[findings[0].Id].Status);
    }

    [Fact]
    public async Task Read_DuplicateIds_AreRejected()
    {
        var path = _dir.File("scan.json", """
            {"schemaVersion": "1", "tool": {"name": "vigil"}, "findings": [
              {"id": "a", "checkId": "c", "status": "fail", "severity": "high", "resource": {"arn": "x"}},
              {"id": "a", "checkId": "c", "status": "pass", "severity": "high", "resource": {"arn": "x"}}]}
            """);
        var error = await Assert.ThrowsAsync<VigilInputException>(() => ScanResultReader.ReadAsync(path, CancellationToken.None));
        Assert.Contains("findings[1]: finding id a appears twice", error.Message, StringComparison.Ordinal);
    }
}
