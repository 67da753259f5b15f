using Spectre.Console;
using Vigil.Access.WhoCan;
using Vigil.Iam.Discovery;
using Vigil.Reports;

namespace Vigil.Cli.Access;

/// <summary>The who-can answer for people: one row per principal with its access, the statements that grant it and the
/// conditions that still apply, then the groups that grant through their members, then what could not be read.</summary>
internal static class WhoCanTableWriter
{
    public static async Task WriteAsync(WhoCanResult result, ReportStyle style, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        var console = AccessConsole.Create(writer, style);
        console.Write(new Rule($"[bold]Who can {Markup.Escape(result.Action)}[/]") { Justification = Justify.Left });
        console.WriteLine($"Resource: {result.Resource}");
        var about = result.ResourceType is null ? "not in the input" : $"{result.ResourceType} in account {result.ResourceAccount}";
        console.WriteLine($"  {about}; resource policy: {result.ResourcePolicy ?? "none applies"}");
        console.WriteLine();
        if (result.Principals.Count == 0)
        {
            console.WriteLine("No principal of the input, and none the resource policy names, is allowed, even under conditions.");
        }
        else
        {
            var allowed = result.Principals.Count(p => p.Access == ConditionalAccess.Allowed);
            console.WriteLine($"{result.Principals.Count} {(result.Principals.Count == 1 ? "principal" : "principals")}: {allowed} allowed, {result.Principals.Count - allowed} allowed under conditions.");
            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn(new TableColumn("Principal"));
            table.AddColumn(new TableColumn("Access").Width(11));
            table.AddColumn(new TableColumn("Granted by, and the conditions that still apply"));
            foreach (var principal in result.Principals)
            {
                var who = new List<string> { principal.Principal, principal.Relation is null ? principal.Type : $"{principal.Type}, {principal.Relation}" };
                if (principal.Meaning is not null) who.Add($"({principal.Meaning})");
                who.AddRange(principal.ThroughGroups.Select(g => $"through {g}"));
                if (principal.Problems.Count > 0) who.Add("incomplete: see the notes");
                var how = $"{AccessStatementText.GrantedBy(principal.Grants)}\n{AccessStatementText.Conditions(principal.Grants, principal.PossibleDenies)}";
                table.AddRow(
                    new Text(string.Join("\n", who)),
                    new Text(principal.Access == ConditionalAccess.Allowed ? "allowed" : "conditional"),
                    new Text(how));
            }
            console.Write(table);
        }

        if (result.Groups.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Groups granting it to their members:");
            foreach (var group in result.Groups) console.WriteLine($"  {group.Arn}: {string.Join(", ", group.Members)}");
        }

        var notes = result.Problems.ToList();
        foreach (var problem in result.Principals.SelectMany(p => p.Problems).Distinct().Where(p => !notes.Contains(p)))
        {
            var count = result.Principals.Count(p => p.Problems.Contains(problem));
            notes.Add(count == 1 ? $"{result.Principals.First(p => p.Problems.Contains(problem)).Principal}: {problem}" : $"{problem} (for {count} principals)");
        }
        if (notes.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Notes (the answer may be incomplete):");
            foreach (var note in notes) console.WriteLine($"  - {note}");
        }

        await writer.FlushAsync(cancellationToken);
    }
}
