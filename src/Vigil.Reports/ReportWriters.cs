using Vigil.Reports.Asff;
using Vigil.Reports.Csv;
using Vigil.Reports.Html;
using Vigil.Reports.Json;
using Vigil.Reports.Junit;
using Vigil.Reports.Markdown;
using Vigil.Reports.Ocsf;
using Vigil.Reports.Sarif;
using Vigil.Reports.Table;

namespace Vigil.Reports;

public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new TableReportWriter(), new JsonReportWriter(), new CsvReportWriter(), new SarifReportWriter(), new HtmlReportWriter(), new JunitReportWriter(),
        new OcsfReportWriter(), new AsffReportWriter(), new MarkdownReportWriter(),
    ];

    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
