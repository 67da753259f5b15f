using Spectre.Console;
using Vigil.Access.Exposure;
using Vigil.Core;
using Vigil.Reports;

namespace Vigil.Cli.Access;

/// <summary>The exposure report for people: one table per resource type (resource, reachable by, label, actions by
/// access level, conditions), grants neutralised by RCPs or Block Public Access marked as such, and each resource's
/// problems under its table. Wraps to the style's width (100 columns when not on a terminal).</summary>
internal static class ExposureTableWriter
{
    public static async Task WriteAsync(ExposureOutput output, ReportStyle style, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, leaveOpen: true);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = style.Width;

        var report = output.Report;
        console.Write(new Rule($"[bold]Vigil {Markup.Escape(ToolInfo.Version)}: exposure[/]") { Justification = Justify.Left });
        console.WriteLine($"Input: {string.Join(", ", output.Sources.Select(s => s.Kind == s.Source ? s.Kind : $"{s.Kind} {s.Source}"))}");
        console.WriteLine($"Accounts: {string.Join(", ", output.Accounts.Select(a => string.IsNullOrEmpty(a.Name) ? a.Id : $"{a.Name} ({a.Id})"))}");
        var exposed = report.Resources.Count(r => r.Grants.Any(g => g.NeutralisedBy is null));
        var problems = report.Resources.Count(r => r.Problems.Count > 0);
        console.WriteLine($"{report.ResourcesExamined} resources examined: {exposed} reachable from outside their account, {problems} with problems.");
        foreach (var problem in report.Problems) console.WriteLine($"Problem: {problem}");
        console.WriteLine();

        foreach (var group in report.Resources.GroupBy(r => r.ResourceType))
        {
            console.Write(Table(group.Key, group));
            foreach (var problem in group.SelectMany(r => r.Problems.Select(p => (Problem: p, r.Name))).GroupBy(p => p.Problem))
                console.WriteLine($"  Problem ({string.Join(", ", problem.Select(p => p.Name).Distinct())}): {problem.Key}");

            console.WriteLine();
        }

        if (report.Resources.Count == 0) console.WriteLine("No resource is reachable from outside its account.");
        await writer.FlushAsync(cancellationToken);
    }

    private static Table Table(string resourceType, IEnumerable<ExposedResource> resources)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(resourceType));
        table.AddColumn("Resource");
        table.AddColumn("Reachable by");
        table.AddColumn(new TableColumn("Label").NoWrap());
        table.AddColumn("Actions by access level");
        table.AddColumn("Conditions");
        foreach (var resource in resources)
        {
            if (resource.Grants.Count == 0)
            {
                table.AddRow(Text(resource.Name), Text("unknown: see problems"), Text(""), Text(""), Text(""));
                continue;
            }

            foreach (var grant in resource.Grants)
            {
                var label = ExposureVocabulary.Label(grant.Label) + (grant.NeutralisedBy is null ? "" : " (neutralised)");
                var actions = string.Join("\n", grant.Actions.Select(a => $"{a.Level}: {string.Join(", ", a.Actions)}"));
                if (grant.NeutralisedBy is { } by) actions += $"\nstopped by {by}";
                else if (grant.BlockedActions.Count > 0) actions += $"\nstopped by RCPs: {string.Join(", ", grant.BlockedActions)}";
                var conditions = grant.Conditions.Count == 0 ? "none" : string.Join("\n", grant.Conditions.Select(c => $"{c.Key} {c.Operator} {string.Join(" | ", c.Values)}"));
                table.AddRow(Text(resource.Name), Text($"{grant.Who}\nvia {grant.Via}"), Text(label), Text(actions), Text(conditions));
            }
        }

        return table;
    }

    private static Text Text(string value) => new(value);
}
