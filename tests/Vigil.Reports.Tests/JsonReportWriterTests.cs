using System.Text.Json;
using Vigil.Reports.Json;

namespace Vigil.Reports.Tests;

public sealed class JsonReportWriterTests
{
    [Fact]
    public async Task Write_ProducesTheContractShape()
    {
        using var document = JsonDocument.Parse(await ReportFixture.Render(new JsonReportWriter()));
        var root = document.RootElement;
        Assert.Equal("1.2.3", root.GetProperty("tool").GetProperty("version").GetString());
        Assert.Equal("2026-11-22T10:00:00Z", root.GetProperty("scannedAt").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("fail").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("failBySeverity").GetProperty("critical").GetInt32());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("S3.1", finding.GetProperty("compliance").GetProperty("fsbp")[0].GetString());
        Assert.Equal("us-east-1", finding.GetProperty("resource").GetProperty("region").GetString());
        Assert.Equal(32, finding.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public async Task Write_KeepsHostileTextAsData()
    {
        using var document = JsonDocument.Parse(await ReportFixture.Render(new JsonReportWriter()));
        var finding = document.RootElement.GetProperty("findings")[0];
        Assert.Equal(ReportFixture.HostileName, finding.GetProperty("resource").GetProperty("name").GetString());
        Assert.Equal("Fix \"it\".", finding.GetProperty("remediation").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Write_PassWithoutMessage_GetsADefaultSentence()
    {
        using var document = JsonDocument.Parse(await ReportFixture.Render(new JsonReportWriter()));
        Assert.Contains("fine", document.RootElement.GetProperty("findings")[1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
