namespace Vigil.Cli.Iam;

/// <summary>Lint findings per file, one line each with the place, severity, code and element, the message indented under
/// it (compiler style, readable at any width), then a count by severity.</summary>
internal static class LintTableWriter
{
    public static void Write(IReadOnlyList<LintedFile> files, TextWriter output)
    {
        foreach (var file in files)
        {
            var kind = $"{LintText.Of(file.Kind)}{(file.KindDetected ? ", detected" : "")}";
            output.WriteLine(file.Findings.Count == 0 ? $"{file.Path} ({kind}): no findings" : $"{file.Path} ({kind})");
            foreach (var finding in file.Findings)
            {
                var place = finding.Line is { } line ? $"{line}:{finding.Column}" : "-";
                var where = finding.Path.Length == 0 ? "document" : finding.Path;
                if (finding.Sid is not null) where += $" (Sid {finding.Sid})";
                output.WriteLine($"  {place,-7} {LintText.Of(finding.Severity),-16} {finding.Code}  {where}");
                output.WriteLine($"          {finding.Message}");
            }
        }

        var all = files.SelectMany(f => f.Findings).ToList();
        var counts = LintText.Severities.Select(s => $"{all.Count(f => LintText.Of(f.Severity) == s)} {s}");
        output.WriteLine($"{files.Count} {(files.Count == 1 ? "policy" : "policies")}: {string.Join(", ", counts)}");
    }
}
