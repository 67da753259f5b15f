using Vigil.Access.Conditions;
using Vigil.Iam.Discovery;

namespace Vigil.Cli.Access;

/// <summary>Statements and conditions in the tables of the access answers (who-can, can).</summary>
internal static class AccessStatementText
{
    /// <summary>The statements worth a line in a table: those of the identity, resource and session policies, and any
    /// statement of a boundary, SCP or RCP that has conditions (an unconditional FullAWSAccess says nothing new).</summary>
    public static IEnumerable<StatementMatch> Shown(IEnumerable<StatementMatch> grants) =>
        grants.Where(g => g.IsConditional || g.Policy.StartsWith("identity", StringComparison.Ordinal) || g.Policy is "resource" or "session");

    public static string GrantedBy(IEnumerable<StatementMatch> grants) =>
        string.Join("\n", Shown(grants).Select(ConditionText.StatementName).Distinct());

    /// <summary>The conditions of the shown grants (each marked when the input decides it), and the denies that apply
    /// under conditions; "no conditions" when there are none.</summary>
    public static string Conditions(IEnumerable<StatementMatch> grants, IEnumerable<StatementMatch> possibleDenies)
    {
        var lines = new List<string>();
        foreach (var grant in Shown(grants).Where(g => g.IsConditional))
        {
            lines.Add($"{Label(grant)}: {string.Join(" AND ", grant.Conditions.Select(Condition))}");
        }

        foreach (var deny in possibleDenies)
        {
            lines.Add($"denied by {Label(deny)} if {string.Join(" AND ", deny.Conditions.Select(Condition))}");
        }

        return lines.Count == 0 ? ConditionText.NoConditions : string.Join("\n", lines.Distinct());
    }

    private static string Label(StatementMatch statement) =>
        string.IsNullOrEmpty(statement.Sid) ? $"{statement.Policy} #{statement.Index}" : statement.Sid;

    private static string Condition(ConditionDescription condition)
    {
        var text = ConditionText.Of(condition);
        return condition.Holds switch
        {
            true => text + " (holds)",
            false => text + " (does not hold)",
            null => text,
        };
    }
}
