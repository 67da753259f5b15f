using Spectre.Console;

namespace Vigil.Cli.Iam;

/// <summary>Lint findings as a table per file, then a count by severity.</summary>
internal static class LintTableWriter
{
    public static void Write(IReadOnlyList<LintedFile> files, TextWriter output)
    {
        var console = TerminalConsole.For(output);
        foreach (var file in files)
        {
            var kind = $"{LintText.Of(file.Kind)}{(file.KindDetected ? ", detected" : "")}";
            if (file.Findings.Count == 0)
            {
                console.WriteLine($"{file.Path} ({kind}): no findings");
                continue;
            }

            var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape($"{file.Path} ({kind})"));
            table.AddColumn(new TableColumn("Line").NoWrap());
            table.AddColumn(new TableColumn("Severity").NoWrap());
            table.AddColumn(new TableColumn("Code").NoWrap());
            table.AddColumn("Where");
            table.AddColumn("Finding");
            foreach (var finding in file.Findings)
            {
                var line = finding.Line is { } l ? $"{l}:{finding.Column}" : "";
                var where = finding.Sid is null ? finding.Path : $"{finding.Path} (Sid {finding.Sid})";
                table.AddRow(new Text(line), new Text(LintText.Of(finding.Severity)), new Text(finding.Code), new Text(where), new Text(finding.Message));
            }

            console.Write(table);
        }

        var all = files.SelectMany(f => f.Findings).ToList();
        var counts = LintText.Severities.Select(s => $"{all.Count(f => LintText.Of(f.Severity) == s)} {s}");
        console.WriteLine($"{files.Count} {(files.Count == 1 ? "policy" : "policies")}: {string.Join(", ", counts)}");
    }
}
