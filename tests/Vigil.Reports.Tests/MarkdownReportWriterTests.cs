using Vigil.Core.Findings;
using Vigil.Reports.Markdown;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public async Task Write_EscapesAccountTextSoNothingRendersOrNotifies()
    {
        var text = await Rendered.Text(new MarkdownReportWriter(), GoldenScan.Input());
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*bold*", text, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;amp\\;", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
        var failingLines = text.Split('\n').Where(l => l.StartsWith("- **critical**", StringComparison.Ordinal)).ToList();
        Assert.Single(failingLines);
        Assert.Contains("line2", failingLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ShowsComplianceScoresOnlyWhenFrameworksWereAsked()
    {
        var without = await Rendered.Text(new MarkdownReportWriter(), GoldenScan.Input());
        var with = await Rendered.Text(new MarkdownReportWriter(), GoldenScan.Input(GoldenScan.Frameworks().Frameworks));
        Assert.DoesNotContain("### Compliance", without, StringComparison.Ordinal);
        Assert.Contains("| 50.0% |", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_CapsTheListsAndSaysHowManyMore()
    {
        var golden = GoldenScan.Input();
        var check = golden.Listed[0].Check;
        var findings = Enumerable.Range(0, 45).Select(i => new Finding(check, TestResources.Bucket($"bucket-{i:00}"), FindingStatus.Fail, $"bucket-{i:00} is public.")).ToList();
        var input = new ReportInput(golden.Result with { Findings = findings }, findings, golden.Frameworks, ReportStyle.Plain);
        var text = await Rendered.Text(new MarkdownReportWriter(), input);
        Assert.Equal(MarkdownReportWriter.TopResources, text.Split('\n').Count(l => l.StartsWith("- **critical**", StringComparison.Ordinal)));
        Assert.Contains("- and 25 more.", text, StringComparison.Ordinal);
        Assert.Contains("## Vigil: 45 failing findings", text, StringComparison.Ordinal);
        Assert.True(text.Length < 10_000, $"{text.Length} characters");
    }
}
