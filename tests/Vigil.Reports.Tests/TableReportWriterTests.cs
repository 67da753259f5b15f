using Vigil.Reports.Table;

namespace Vigil.Reports.Tests;

public sealed class TableReportWriterTests
{
    [Fact]
    public async Task Write_RendersAccountTextLiterallyWithoutColours()
    {
        var text = await ReportFixture.Render(new TableReportWriter());
        Assert.Contains("[red]", text, StringComparison.Ordinal);
        Assert.Contains("s3-test-hostile", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[1m", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FitsInOneHundredColumns()
    {
        var text = await ReportFixture.Render(new TableReportWriter());
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task Write_GroupsFailuresByService()
    {
        var text = await ReportFixture.Render(new TableReportWriter());
        Assert.Contains("Failures", text, StringComparison.Ordinal);
        Assert.Contains("s3 (1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NeutralisesControlCharactersFromTheAccount()
    {
        var text = await ReportFixture.Render(new TableReportWriter());
        Assert.DoesNotContain('\u001b', text);
    }
}
