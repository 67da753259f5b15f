using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Table;

/// <summary>The terminal report: what was scanned, counts by severity and status, then failures grouped by
/// service and the findings that could not be assessed. Plain text (no colours) when not on a terminal.</summary>
public sealed class TableReportWriter : IReportWriter
{
    /// <summary>Rows of a group laid out as a table; a larger group is written as plain aligned rows.</summary>
    internal const int RowsPerTable = 500;

    public string Format => "table";
    public string Extension => ".txt";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = input.Style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = input.Style.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = input.Style.Width;

        WriteHeader(console, input);
        console.Write(SummaryTable(input.Summary));
        console.WriteLine();
        ComplianceTables.Write(console, input.Result.Frameworks);

        var listed = input.Listed;
        var rows = new PlainGroupRows(writer, input.Style.Width, input.Style.Colors);
        WriteGroups(console, rows, "Failures", listed.Where(f => f.Status == FindingStatus.Fail), "red");
        WriteGroups(console, rows, "Could not be assessed (error)", listed.Where(f => f.Status == FindingStatus.Error), "yellow");
        WriteGroups(console, rows, "Needs a person's attestation (manual)", listed.Where(f => f.Status == FindingStatus.Manual), "blue");
        WriteGroups(console, rows, "Muted", listed.Where(f => f.Status == FindingStatus.Muted), "grey");
        WriteGroups(console, rows, "Passed", listed.Where(f => f.Status == FindingStatus.Pass), "green");
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteHeader(IAnsiConsole console, ReportInput input)
    {
        var result = input.Result;
        var inputs = string.Join(", ", result.Inputs.Select(i => i.Kind == i.Source ? i.Kind : $"{i.Kind} {i.Source}"));
        var accounts = string.Join(", ", result.Accounts.Select(a => string.IsNullOrEmpty(a.Name) ? a.Id : $"{a.Name} ({a.Id})"));
        console.Write(new Rule($"[bold]Vigil {Markup.Escape(result.ToolVersion)}[/]") { Justification = Justify.Left });
        console.MarkupLineInterpolated($"Input: {TerminalText.Safe(inputs)}");
        console.MarkupLineInterpolated($"Accounts: {TerminalText.Safe(accounts)}");
        console.MarkupLineInterpolated($"Evaluated {result.CheckCount} checks over {result.ResourceCount:N0} resources as of {result.EvaluatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        console.WriteLine();
    }

    private static Spectre.Console.Table SummaryTable(FindingSummary summary)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("Severity");
        table.AddColumn(new TableColumn("Fail").RightAligned());
        var byStatus = summary.ByStatus;
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            table.AddRow(new Text(Vocabulary.Text(severity)), new Text(summary.FailBySeverity[severity].ToString("N0")));
        }
        table.AddEmptyRow();
        table.AddRow(new Markup("[bold]Status[/]"), new Markup("[bold]Findings[/]"));
        foreach (var status in Enum.GetValues<FindingStatus>())
        {
            table.AddRow(new Text(Vocabulary.Text(status)), new Text(byStatus[status].ToString("N0")));
        }
        return table;
    }

    private static void WriteGroups(IAnsiConsole console, PlainGroupRows rows, string heading, IEnumerable<Finding> findings, string color)
    {
        var groups = findings.GroupBy(f => f.Metadata.Service).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count == 0) return;
        console.Write(new Rule($"[{color}]{Markup.Escape(heading)}[/]") { Justification = Justify.Left });
        foreach (var group in groups)
        {
            var ordered = group.OrderByDescending(f => f.Metadata.Severity).ThenBy(f => f.Metadata.Id, StringComparer.Ordinal).ToList();
            if (ordered.Count <= RowsPerTable)
            {
                console.Write(GroupTable($"[bold]{Markup.Escape(group.Key)}[/] ({ordered.Count:N0})", ordered));
                continue;
            }

            // A large group is written as plain aligned rows: a table is laid out whole in memory, and a few hundred
            // thousand cells take the terminal library minutes and gigabytes.
            rows.Write($"{TerminalText.Safe(group.Key)} ({ordered.Count:N0})", ordered);
        }
        console.WriteLine();
    }

    private static Spectre.Console.Table GroupTable(string title, IReadOnlyList<Finding> findings)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Simple).Title(title);
        table.AddColumn(new TableColumn("Severity").NoWrap());
        table.AddColumn("Check");
        table.AddColumn("Resource and finding");
        foreach (var finding in findings)
        {
            IRenderable detail = new Rows(
                new Text(TerminalText.Resource(finding), new Style(decoration: Decoration.Bold)),
                new Text(TerminalText.Safe(ReportText.MessageWithMute(finding))));
            table.AddRow(new Text(Vocabulary.Text(finding.Metadata.Severity)), new Text(finding.Metadata.Id), detail);
        }
        return table;
    }
}
