using Spectre.Console;
using Vigil.Core.Compliance;
using Vigil.Core.Findings;

namespace Vigil.Reports.Table;

/// <summary>The compliance part of the terminal report: per framework asked for, the score per section and the
/// requirements with an automated verdict; requirements that only a person can attest are counted, not listed.</summary>
internal static class ComplianceTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FrameworkResult> frameworks)
    {
        foreach (var result in frameworks)
        {
            var framework = result.Framework;
            var totals = result.Totals;
            console.Write(new Rule($"[bold]{Markup.Escape($"{framework.Name} {framework.Version} ({framework.Id})")}[/]") { Justification = Justify.Left });
            console.MarkupLineInterpolated(
                $"Score {Score(totals)}: {totals.Pass} passed, {totals.Fail} failed, {totals.Error} could not be assessed, {totals.Manual} need a person's attestation.");
            console.Write(SectionTable(result));
            console.Write(RequirementTable(result));
            var unchecked_ = result.Requirements.Count(r => r.Requirement.Checks.Count == 0);
            var unselected = result.Requirements.Count(r => !r.Evaluated);
            if (unchecked_ > 0)
                console.MarkupLineInterpolated($"{unchecked_} requirements have no automated check (manual): `vigil frameworks {framework.Id}` lists them.");
            if (unselected > 0)
                console.MarkupLineInterpolated($"{unselected} requirements were not evaluated: none of their checks was selected.");
            console.WriteLine();
        }
    }

    private static Spectre.Console.Table SectionTable(FrameworkResult result)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Simple);
        table.AddColumn("Section");
        foreach (var heading in new[] { "Pass", "Fail", "Error", "Manual", "Score" }) table.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var section in result.Sections)
        {
            var c = section.Requirements;
            table.AddRow(new Text(section.Name), new Text(c.Pass.ToString()), new Text(c.Fail.ToString()), new Text(c.Error.ToString()),
                new Text(c.Manual.ToString()), new Text(Score(c)));
        }
        return table;
    }

    private static Spectre.Console.Table RequirementTable(FrameworkResult result)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Requirement").NoWrap());
        table.AddColumn(new TableColumn("Verdict").NoWrap());
        table.AddColumn("Title");
        table.AddColumn(new TableColumn("Findings").RightAligned());
        var listed = result.Requirements
            .Where(r => r.Evaluated && r.Requirement.Checks.Count > 0)
            .OrderBy(r => Rank(r.Status));
        foreach (var requirement in listed)
        {
            var f = requirement.Findings;
            table.AddRow(new Text(requirement.Requirement.Id), new Text(Vocabulary.Text(requirement.Status)), new Text(requirement.Requirement.Title),
                new Text(f.Total == 0 ? "none" : $"{f.Fail} of {f.Total} fail"));
        }
        return table;
    }

    private static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.Fail => 0,
        FindingStatus.Error => 1,
        FindingStatus.Manual => 2,
        _ => 3,
    };

    private static string Score(StatusCounts counts) => counts.Score is { } score ? $"{score:0.0}%" : "n/a";
}
