using System.Globalization;
using Vigil.Core.Findings;

namespace Vigil.Reports.Csv;

/// <summary>One row per finding under a header row, quoted per RFC 4180 (CRLF line breaks), with spreadsheet formula
/// injection neutralised in every cell.</summary>
public sealed class CsvReportWriter : IReportWriter
{
    private static readonly string[] Header =
    [
        "id", "check_id", "title", "severity", "status", "status_before_mute", "mute_reason", "service", "domain", "responsibility",
        "account", "region", "resource_type", "resource_arn", "resource_name", "message", "compliance", "remediation", "remediation_url",
        "file", "line",
    ];

    public string Format => "csv";
    public string Extension => ".csv";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = ReportText.Writer(output, "\r\n");
        var row = new string[Header.Length];
        WriteRow(writer, Header);
        var written = 0;
        foreach (var finding in input.Listed)
        {
            Fill(row, finding, input);
            WriteRow(writer, row);
            if (++written % 4096 == 0) await writer.FlushAsync(cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static void Fill(string[] row, Finding finding, ReportInput input)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        row[0] = finding.Id;
        row[1] = m.Id;
        row[2] = m.Title;
        row[3] = Vocabulary.Text(m.Severity);
        row[4] = Vocabulary.Text(finding.Status);
        row[5] = finding.Mute is null ? "" : Vocabulary.Text(finding.EffectiveStatus);
        row[6] = finding.Mute?.Reason ?? "";
        row[7] = m.Service;
        row[8] = Vocabulary.Text(m.Domain);
        row[9] = Vocabulary.Text(m.Responsibility);
        row[10] = resource.Account;
        row[11] = resource.Region ?? "";
        row[12] = resource.Type;
        row[13] = resource.Arn;
        row[14] = resource.Name;
        row[15] = finding.Message;
        row[16] = string.Join("; ", ReportText.Requirements(input, m.Id));
        row[17] = m.Remediation.Text;
        row[18] = m.Remediation.Url;
        row[19] = resource.Location?.File ?? "";
        row[20] = resource.Location?.Line is { } line ? line.ToString(CultureInfo.InvariantCulture) : "";
    }

    private static void WriteRow(StreamWriter writer, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) writer.Write(',');
            CsvCell.Write(writer, cells[i]);
        }
        writer.WriteLine();
    }
}
