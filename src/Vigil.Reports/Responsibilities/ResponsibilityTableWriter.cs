using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Responsibilities;
using Vigil.Reports.Table;

namespace Vigil.Reports.Responsibilities;

/// <summary>The responsibility matrix for people: one row per service in use, then each service's duties with
/// their owner and status. Wraps to the style's width (100 columns when not on a terminal).</summary>
public static class ResponsibilityTableWriter
{
    public static async Task WriteAsync(ResponsibilityReport report, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = report.Style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = report.Style.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = report.Style.Width;

        WriteHeader(console, report);
        if (report.Matrix.Services.Count == 0)
        {
            console.WriteLine("No service of the catalog (or of the --service filter) is in use in this estate.");
        }
        else
        {
            console.Write(ServicesTable(report.Matrix));
            console.WriteLine();
            foreach (var service in report.Matrix.Services) WriteService(console, service, report.Matrix.Catalog);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteHeader(IAnsiConsole console, ResponsibilityReport report)
    {
        var result = report.Result;
        var inputs = string.Join(", ", result.Inputs.Select(i => i.Kind == i.Source ? i.Kind : $"{i.Kind} {i.Source}"));
        var accounts = string.Join(", ", result.Accounts.Select(a => string.IsNullOrEmpty(a.Name) ? a.Id : $"{a.Name} ({a.Id})"));
        console.Write(new Rule($"[bold]Vigil {Markup.Escape(result.ToolVersion)}: shared responsibility[/]") { Justification = Justify.Left });
        console.MarkupLineInterpolated($"Input: {TerminalText.Safe(inputs)}");
        console.MarkupLineInterpolated($"Accounts: {TerminalText.Safe(accounts)}");
        var counts = string.Join(", ", report.DutyCounts.Where(kv => kv.Value > 0).Select(kv => $"{kv.Value} {ResponsibilityVocabulary.Text(kv.Key)}"));
        console.MarkupLineInterpolated($"{report.Matrix.Services.Count} services in use, evaluated with {result.CheckCount} checks as of {result.EvaluatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        if (counts.Length > 0) console.MarkupLineInterpolated($"Duties by status: {counts}.");
        console.WriteLine("Every service also inherits what AWS secures for all services: " +
            string.Join("; ", report.Matrix.Catalog.CommonAwsDuties.Select(d => Lower(d.Text.TrimEnd('.')))) + ".");
        console.WriteLine();
    }

    private static Spectre.Console.Table ServicesTable(ResponsibilityMatrix matrix)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title("Services in use");
        table.AddColumn("Service");
        table.AddColumn(new TableColumn("Category").NoWrap());
        table.AddColumn(new TableColumn("Resources").RightAligned());
        foreach (var status in Enum.GetValues<DutyStatus>())
        {
            table.AddColumn(new TableColumn(status == DutyStatus.NotApplicable ? "n/a" : ResponsibilityVocabulary.Text(status)).RightAligned());
        }
        foreach (var service in matrix.Services)
        {
            var counts = ResponsibilityReport.CountByStatus(service.Duties);
            var cells = new List<IRenderable>
            {
                new Text($"{service.Service.Name} ({service.Service.Id})"),
                new Text(ResponsibilityVocabulary.Text(service.Service.Category)),
                new Text(service.Resources.ToString("N0")),
            };
            cells.AddRange(Enum.GetValues<DutyStatus>().Select(s => (IRenderable)StatusCount(s, counts[s])));
            table.AddRow(cells);
        }
        return table;
    }

    private static Markup StatusCount(DutyStatus status, int count) =>
        count == 0 ? new Markup("-") : new Markup($"[{Color(status)}]{count}[/]");

    private static void WriteService(IAnsiConsole console, ServiceResult result, ResponsibilityCatalog catalog)
    {
        var service = result.Service;
        var basis = service.CategoryBasis == CategoryBasis.AwsNamed ? "named by AWS" : "derived";
        var presence = new List<string> { $"{result.Resources:N0} resources" };
        if (result.Settings.Count > 0) presence.Add("settings: " + string.Join(", ", result.Settings));
        if (result.CollectionErrors > 0) presence.Add($"{result.CollectionErrors} collection errors");
        console.Write(new Rule($"[bold]{Markup.Escape(service.Name)}[/] ({Markup.Escape(service.Id)})") { Justification = Justify.Left });
        console.WriteLine($"Category: {ResponsibilityVocabulary.Text(service.Category)} ({basis}); {string.Join("; ", presence)}.");
        if (service.CategoryNote is not null) console.WriteLine(service.CategoryNote);

        var table = new Spectre.Console.Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Owner").NoWrap());
        table.AddColumn(new TableColumn("Status").NoWrap());
        table.AddColumn(new TableColumn("Findings").Width(20));
        table.AddColumn("Duty");
        foreach (var duty in result.Duties)
        {
            table.AddRow(
                new Text(Vocabulary.Text(duty.Owner)),
                new Markup($"[{Color(duty.Status)}]{ResponsibilityVocabulary.Text(duty.Status)}[/]"),
                new Text(Findings(duty)),
                new Text(DutyText(duty)));
        }
        console.Write(table);
        if (result.Duties.Any(d => d.Owner == Responsibility.Aws))
        {
            console.WriteLine("Evidence of AWS's side: " + string.Join(", ", service.Evidence.Select(e => catalog.EvidenceReport(e).Name)) + ".");
        }
        console.WriteLine();
    }

    private static string Findings(DutyResult duty)
    {
        if (duty.Owner == Responsibility.Aws) return "AWS reports";
        if (duty.Manual is not null) return "attestation";
        var parts = new[] { (duty.Fail, "fail"), (duty.Error, "error"), (duty.Pass, "pass"), (duty.ManualFindings, "manual") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1:N0} {p.Item2}").ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : "nothing to judge";
    }

    private static string DutyText(DutyResult duty)
    {
        var text = duty.Owner == Responsibility.Shared ? $"{duty.Title}. AWS: {duty.AwsPart} Customer: {duty.Text}" : duty.Text;
        if (duty.AwsDefault is not null) text += $"\nAWS default: {duty.AwsDefault}";
        if (duty.Owner != Responsibility.Aws && duty.Manual is not null) text += $"\n{duty.Manual}";
        return text;
    }

    private static string Color(DutyStatus status) => status switch
    {
        DutyStatus.Fail => "red",
        DutyStatus.Error => "yellow",
        DutyStatus.Pass => "green",
        DutyStatus.Manual => "blue",
        _ => "grey",
    };

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
