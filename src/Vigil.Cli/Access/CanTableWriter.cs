using Spectre.Console;
using Vigil.Access.Can;
using Vigil.Iam.Discovery;
using Vigil.Reports;

namespace Vigil.Cli.Access;

/// <summary>The can answer for people: per service, one row per access level and group of actions that share their
/// access, scope and conditions (so a full grant stays short), then what could not be read.</summary>
internal static class CanTableWriter
{
    public static async Task WriteAsync(CanResult result, ReportStyle style, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        var console = AccessConsole.Create(writer, style);
        console.Write(new Rule($"[bold]What {Markup.Escape(result.Principal)} can do[/]") { Justification = Justify.Left });
        if (result.CallerArn != result.Principal) console.WriteLine($"As the session {result.CallerArn}, limited by the session policy.");
        console.WriteLine("After its permissions boundary, the SCPs of its account and any session policy; resource policies aside.");
        if (result.Services.Count == 0) console.WriteLine("No action is allowed, even under conditions.");
        foreach (var service in result.Services)
        {
            var count = service.Levels.Sum(l => l.Actions.Count);
            console.WriteLine();
            console.WriteLine($"{service.Service}: {count} of {service.KnownActions} actions");
            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn("Level");
            table.AddColumn("Actions");
            table.AddColumn("Access");
            table.AddColumn("Resources");
            table.AddColumn("Conditions");
            foreach (var level in service.Levels)
            {
                var groups = level.Actions.GroupBy(a => (
                    a.Access,
                    Resources: Resources(a),
                    Conditions: AccessStatementText.Conditions(a.Grants, a.PossibleDenies)));
                foreach (var group in groups)
                {
                    var names = group.Select(a => a.Action[(a.Action.IndexOf(':', StringComparison.Ordinal) + 1)..]).ToList();
                    table.AddRow(
                        new Text(level.Level),
                        new Text(string.Join(", ", names)),
                        new Text(group.Key.Access == ConditionalAccess.Allowed ? "allowed" : "conditional"),
                        new Text(group.Key.Resources),
                        new Text(group.Key.Conditions));
                }
            }
            console.Write(table);
        }

        var notes = result.Problems.Concat(result.UnknownActions.Select(a => $"{a} is not an action the catalog knows; it grants nothing")).ToList();
        if (notes.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Notes:");
            foreach (var note in notes) console.WriteLine($"  - {note}");
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Resources(CanAction action) => action.Scope == CanScope.AllResources
        ? action.ExceptResources.Count == 0 ? "all" : $"all except\n{string.Join("\n", action.ExceptResources)}"
        : string.Join("\n", action.Resources);
}
