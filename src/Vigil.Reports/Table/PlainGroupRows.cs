using Vigil.Core.Findings;

namespace Vigil.Reports.Table;

/// <summary>The rows of a large group of findings as plain aligned text, in the layout of the group tables (severity,
/// check, then the resource and the finding wrapped at word boundaries): laying out a table of hundreds of thousands of
/// cells takes the terminal library minutes and gigabytes. Text is counted one column per character.</summary>
internal sealed class PlainGroupRows(TextWriter writer, int width, bool colors)
{
    private const int Gap = 2;
    private const int MaxCheckWidth = 40;
    private const int MinDetailWidth = 30;

    public void Write(string title, IReadOnlyList<Finding> findings)
    {
        var severityWidth = Math.Max("Severity".Length, Enum.GetValues<Core.Checks.Severity>().Max(s => Vocabulary.Text(s).Length));
        var checkWidth = Math.Clamp(findings.Max(f => f.Metadata.Id.Length), "Check".Length, MaxCheckWidth);
        var detailStart = Gap + severityWidth + Gap + checkWidth + Gap;
        var detailWidth = Math.Max(MinDetailWidth, width - detailStart - Gap);

        writer.WriteLine(new string(' ', Math.Max(0, (detailStart + detailWidth - title.Length) / 2)) + Bold(title));
        writer.WriteLine(Line("Severity", severityWidth, "Check", checkWidth, "Resource and finding"));
        writer.WriteLine(" " + new string('─', detailStart + detailWidth - 2));
        foreach (var finding in findings)
        {
            var checks = Wrap(finding.Metadata.Id, checkWidth);
            var details = Wrap(TerminalText.Resource(finding), detailWidth).Select(Bold)
                .Concat(Wrap(TerminalText.Safe(ReportText.MessageWithMute(finding)), detailWidth)).ToList();
            for (var i = 0; i < Math.Max(checks.Count, details.Count); i++)
            {
                writer.WriteLine(Line(
                    i == 0 ? Vocabulary.Text(finding.Metadata.Severity) : "", severityWidth,
                    i < checks.Count ? checks[i] : "", checkWidth,
                    i < details.Count ? details[i] : ""));
            }
        }
        writer.WriteLine();
    }

    private static string Line(string severity, int severityWidth, string check, int checkWidth, string detail) =>
        ($"{new string(' ', Gap)}{severity.PadRight(severityWidth)}{new string(' ', Gap)}{check.PadRight(checkWidth)}{new string(' ', Gap)}{detail}").TrimEnd();

    private string Bold(string text) => colors ? $"\u001b[1m{text}\u001b[0m" : text;

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken at spaces where it can be.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > width)
        {
            var cut = rest[..(width + 1)].LastIndexOf(' ');
            if (cut <= 0) cut = width;
            lines.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0 || lines.Count == 0) lines.Add(rest.ToString());
        return lines;
    }
}
