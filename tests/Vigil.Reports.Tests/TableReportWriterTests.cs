using Vigil.Core.Findings;
using Vigil.Reports.Table;
using Vigil.Testing;

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

    [Fact]
    public async Task Write_ALargeGroup_ListsEveryFindingOnce_InAlignedColumns_UnderOneTitle()
    {
        var checks = new[] { new HostileNameCheck(), new HostileNameCheck("s3-test-a-much-longer-check-identifier"), new HostileNameCheck("s3-t") };
        var count = TableReportWriter.RowsPerTable * 2 + 203;
        var findings = Enumerable.Range(0, count)
            .Select(i => new Finding(checks[i % 3], TestResources.Bucket($"bucket-{i:D5}"), FindingStatus.Fail, $"bucket-{i:D5} is bad"))
            .ToList();
        var input = ReportFixture.Input() with { Listed = findings };
        using var buffer = new MemoryStream();
        await new TableReportWriter().WriteAsync(input, buffer, CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');

        Assert.Single(lines, l => l.Contains($"s3 ({count:N0})", StringComparison.Ordinal));
        for (var i = 0; i < count; i++) Assert.Single(lines, l => l.Contains($"bucket-{i:D5} (", StringComparison.Ordinal));
        var rows = lines.Where(l => l.Contains("critical", StringComparison.Ordinal) && l.Contains("s3-t", StringComparison.Ordinal)).ToList();
        Assert.Equal(count, rows.Count);
        Assert.Single(rows.Select(l => l.IndexOf("s3-t", StringComparison.Ordinal)).Distinct());
        Assert.Single(rows.Select(l => l.IndexOf("bucket-", StringComparison.Ordinal)).Distinct());
        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
    }

    [Theory]
    [InlineData("short", 10, new[] { "short" })]
    [InlineData("one two three four", 9, new[] { "one two", "three", "four" })]
    [InlineData("exactly10!", 10, new[] { "exactly10!" })]
    [InlineData("averyveryverylongword and more", 8, new[] { "averyver", "yverylon", "gword", "and more" })]
    [InlineData("", 5, new[] { "" })]
    public void Wrap_BreaksAtSpacesAndCutsWordsLongerThanALine(string text, int width, string[] expected) =>
        Assert.Equal(expected, PlainGroupRows.Wrap(text, width));

    [Fact]
    public async Task Write_ALargeGroup_WrapsLongFindingsWithinTheWidth_KeepingEveryWord()
    {
        var words = Enumerable.Range(0, 60).Select(i => $"word{i}").ToList();
        var findings = Enumerable.Range(0, TableReportWriter.RowsPerTable + 1)
            .Select(i => new Finding(new HostileNameCheck(), TestResources.Bucket($"b{i}"), FindingStatus.Fail, string.Join(' ', words)))
            .ToList();
        using var buffer = new MemoryStream();
        await new TableReportWriter().WriteAsync(ReportFixture.Input() with { Listed = findings }, buffer, CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
        var first = Array.FindIndex(lines, l => l.Contains("b0 (", StringComparison.Ordinal));
        var column = lines[first].IndexOf("b0 (", StringComparison.Ordinal);
        var wrapped = lines.Skip(first + 1).TakeWhile(l => l.Length > column && l[..column].Trim().Length == 0).Select(l => l.Trim());
        Assert.Equal(words, string.Join(' ', wrapped).Split(' '));
    }
}
