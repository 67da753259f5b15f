using Spectre.Console;
using Vigil.Core.Findings;
using Vigil.Reports.Table;

namespace Vigil.Reports.Diff;

/// <summary>`vigil diff` for a person: the counts, then the new failures, the other new and changed findings and the
/// fixed ones, each list capped with a line saying how many more there are.</summary>
public static class DiffTableWriter
{
    public const int MaxRows = 50;

    public static async Task WriteAsync(ScanDiff diff, Stream output, ReportStyle style, CancellationToken cancellationToken)
    {
        await using var writer = ReportText.Writer(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = style.Width;
        console.WriteLine(TerminalText.Safe($"Old: {diff.Old.Path} ({diff.Old.ById.Count:N0} findings, scanned {diff.Old.ScannedAt}, Vigil {diff.Old.ToolVersion})"));
        console.WriteLine(TerminalText.Safe($"New: {diff.New.Path} ({diff.New.ById.Count:N0} findings, scanned {diff.New.ScannedAt}, Vigil {diff.New.ToolVersion})"));
        console.WriteLine();
        var summary = new Spectre.Console.Table().Border(TableBorder.Rounded).Title("Diff");
        summary.AddColumn("Findings");
        summary.AddColumn(new TableColumn("Count").RightAligned());
        summary.AddRow("new", diff.Added.Count.ToString("N0"));
        summary.AddRow("fixed (gone)", diff.Removed.Count.ToString("N0"));
        summary.AddRow("changed", diff.Changed.Count.ToString("N0"));
        summary.AddRow("unchanged", diff.Unchanged.ToString("N0"));
        summary.AddEmptyRow();
        summary.AddRow("new failures", diff.NewFailures.Count().ToString("N0"));
        summary.AddRow("resolved failures", diff.ResolvedFailures.Count().ToString("N0"));
        console.Write(summary);
        console.WriteLine();
        WriteList(console, "New failures", [.. diff.NewFailures]);
        WriteList(console, "New findings (not failing)", [.. diff.Added.Where(c => c.New!.Status != FindingStatus.Fail)]);
        WriteList(console, "Changed", [.. diff.Changed.Where(c => !(c.New!.Status == FindingStatus.Fail && c.Old!.Status != FindingStatus.Fail))]);
        WriteList(console, "Fixed (no longer reported)", diff.Removed);
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteList(IAnsiConsole console, string heading, IReadOnlyList<FindingChange> changes)
    {
        if (changes.Count == 0) return;
        var table = new Spectre.Console.Table().Border(TableBorder.Simple).Title($"{Markup.Escape(heading)} ({changes.Count:N0})");
        table.AddColumn(new TableColumn("Severity").NoWrap());
        table.AddColumn("Check");
        table.AddColumn("Resource");
        table.AddColumn(new TableColumn("Status").NoWrap());
        foreach (var change in changes.Take(MaxRows))
        {
            var current = change.Current;
            var status = (change.Old, change.New) switch
            {
                ({ } old, { } now) => $"{Vocabulary.Text(old.Status)} → {Vocabulary.Text(now.Status)}",
                (null, { } now) => Vocabulary.Text(now.Status),
                ({ } old, _) => $"was {Vocabulary.Text(old.Status)}",
                _ => "",
            };
            var severity = change is { Old: { } o, New: { } n } && o.Severity != n.Severity
                ? $"{Vocabulary.Text(o.Severity)} → {Vocabulary.Text(n.Severity)}"
                : Vocabulary.Text(current.Severity);
            table.AddRow(new Text(severity), new Text(current.CheckId), new Text(TerminalText.Safe(current.ResourceArn)), new Text(status));
        }
        console.Write(table);
        if (changes.Count > MaxRows) console.WriteLine($"and {changes.Count - MaxRows:N0} more (use --format json for every finding).");
        console.WriteLine();
    }
}
