using Vigil.Reports.Html;
using Vigil.Reports.Json;
using Vigil.Reports.Table;

namespace Vigil.Reports;

public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } = [new TableReportWriter(), new JsonReportWriter(), new HtmlReportWriter()];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>Formats CONTRACTS.md names that later versions add (sarif, html, ...).</summary>
    public static IReadOnlyList<string> Planned { get; } = ["csv", "sarif", "junit", "ocsf", "asff", "markdown"];
}
