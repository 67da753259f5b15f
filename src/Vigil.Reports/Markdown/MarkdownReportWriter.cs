using System.Globalization;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Markdown;

/// <summary>A short summary for a pull-request comment: counts by status, failures by severity, the top failing
/// checks, compliance scores when frameworks were asked for, and the first failing resources; each list is capped
/// and says how many more there are.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public const int TopChecks = 10;
    public const int TopResources = 20;

    public string Format => "markdown";
    public string Extension => ".md";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = ReportText.Writer(output);
        var result = input.Result;
        var summary = input.Summary;
        var failing = input.Listed.Where(f => f.Status == FindingStatus.Fail).ToList();
        writer.WriteLine($"## Vigil: {Count(summary.Count(FindingStatus.Fail))} failing findings");
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Vigil {MarkdownText.Escape(result.ToolVersion)} evaluated {result.CheckCount} checks over {Count(result.ResourceCount)} resources in {result.Accounts.Count} account(s) as of {result.EvaluatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        writer.WriteLine();
        writer.WriteLine("| Status | Findings |");
        writer.WriteLine("|---|---:|");
        foreach (var status in Enum.GetValues<FindingStatus>()) writer.WriteLine($"| {Vocabulary.Text(status)} | {Count(summary.Count(status))} |");
        writer.WriteLine();
        writer.WriteLine("### Failures by severity");
        writer.WriteLine();
        writer.WriteLine("| Severity | Failing |");
        writer.WriteLine("|---|---:|");
        foreach (var severity in Enum.GetValues<Severity>().Reverse()) writer.WriteLine($"| {Vocabulary.Text(severity)} | {Count(summary.FailBySeverity[severity])} |");
        writer.WriteLine();
        WriteTopChecks(writer, failing);
        WriteCompliance(writer, input);
        WriteFailingResources(writer, failing);
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteTopChecks(StreamWriter writer, List<Finding> failing)
    {
        if (failing.Count == 0) return;
        var checks = failing.GroupBy(f => f.Metadata.Id, StringComparer.Ordinal)
            .Select(g => (Metadata: g.First().Metadata, Count: g.Count()))
            .OrderByDescending(c => c.Metadata.Severity).ThenByDescending(c => c.Count).ThenBy(c => c.Metadata.Id, StringComparer.Ordinal)
            .ToList();
        writer.WriteLine("### Top failing checks");
        writer.WriteLine();
        writer.WriteLine("| Check | Severity | Failing resources |");
        writer.WriteLine("|---|---|---:|");
        foreach (var (metadata, count) in checks.Take(TopChecks))
            writer.WriteLine($"| `{metadata.Id}` {MarkdownText.Escape(metadata.Title)} | {Vocabulary.Text(metadata.Severity)} | {Count(count)} |");
        if (checks.Count > TopChecks) writer.WriteLine($"\nand {Count(checks.Count - TopChecks)} more failing checks.");
        writer.WriteLine();
    }

    private static void WriteCompliance(StreamWriter writer, ReportInput input)
    {
        if (input.Result.Frameworks.Count == 0) return;
        writer.WriteLine("### Compliance");
        writer.WriteLine();
        writer.WriteLine("| Framework | Score | Pass | Fail | Error | Manual |");
        writer.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var framework in input.Result.Frameworks)
        {
            var t = framework.Totals;
            var score = t.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
            writer.WriteLine($"| {MarkdownText.Escape($"{framework.Framework.Name} {framework.Framework.Version}")} (`{framework.Framework.Id}`) | {score} | {t.Pass} | {t.Fail} | {t.Error} | {t.Manual} |");
        }
        writer.WriteLine();
    }

    private static void WriteFailingResources(StreamWriter writer, List<Finding> failing)
    {
        if (failing.Count == 0) return;
        writer.WriteLine("### Failing resources");
        writer.WriteLine();
        var ordered = failing.OrderByDescending(f => f.Metadata.Severity).ThenBy(f => f.Metadata.Id, StringComparer.Ordinal);
        foreach (var finding in ordered.Take(TopResources))
        {
            var resource = finding.ResourceRef;
            writer.WriteLine($"- **{Vocabulary.Text(finding.Metadata.Severity)}** `{finding.Metadata.Id}` {MarkdownText.Escape(resource.Name)} ({MarkdownText.Escape(resource.Account)}{(resource.Region is null ? "" : " " + MarkdownText.Escape(resource.Region))}): {MarkdownText.Escape(finding.Message)}");
        }
        if (failing.Count > TopResources) writer.WriteLine($"- and {Count(failing.Count - TopResources)} more.");
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
