using System.Text;
using Vigil.Reports.Csv;
using Vigil.Reports.Tests.Fixtures;

namespace Vigil.Reports.Tests;

public sealed class CsvReportWriterTests
{
    [Fact]
    public async Task Write_OneRowPerFindingUnderAHeader_ParsesBackPerRfc4180()
    {
        var rows = Parse(await Rendered.Text(new CsvReportWriter(), GoldenScan.Input()));
        Assert.Equal(7, rows.Count);
        Assert.Equal("id", rows[0][0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var hostile = rows[1];
        Assert.Equal("'" + GoldenScan.HostileName, hostile[rows[0].IndexOf("resource_name")]);
        Assert.Equal("Logs go to \"central\" <SIEM> & are kept", rows[6][rows[0].IndexOf("mute_reason")]);
        Assert.Equal("12", rows[3][rows[0].IndexOf("line")]);
    }

    [Fact]
    public async Task Write_UsesCrLfBetweenRecords()
    {
        var text = await Rendered.Text(new CsvReportWriter(), GoldenScan.Input());
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.StartsWith("id,check_id,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    public void Neutralised_PrefixesWhatASpreadsheetWouldEvaluate(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Neutralised(value));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    public void Write_QuotesWhatRfc4180Requires(string value, string expected)
    {
        var writer = new StringWriter();
        CsvCell.Write(writer, value);
        Assert.Equal(expected, writer.ToString());
    }

    /// <summary>A strict RFC 4180 reader: quoted fields may hold commas, CRLF and doubled quotes.</summary>
    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        Assert.False(quoted, "unterminated quoted field");
        Assert.Empty(row);
        return rows;
    }
}
