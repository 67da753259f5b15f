using Vigil.Iam.Discovery;

namespace Vigil.Access.Conditions;

/// <summary>Conditions and statements in words, the same everywhere an access answer shows them.</summary>
public static class ConditionText
{
    public const string NoConditions = "no conditions";

    /// <summary>"IpAddress aws:SourceIp 10.0.0.0/8, 192.0.2.0/24".</summary>
    public static string Of(ConditionDescription condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return $"{condition.Operator} {condition.Key} {string.Join(", ", condition.Values)}";
    }

    /// <summary>The clauses of a statement joined by " AND", or "no conditions".</summary>
    public static string Of(IReadOnlyList<ConditionDescription> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return conditions.Count == 0 ? NoConditions : string.Join(" AND ", conditions.Select(Of));
    }

    /// <summary>"Sid (statement 2) of SOURCE": names a statement the way a reader finds it in the policy.</summary>
    public static string StatementName(StatementMatch statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var sid = string.IsNullOrEmpty(statement.Sid) ? $"statement {statement.Index}" : $"{statement.Sid} (statement {statement.Index})";
        return $"{sid} of {statement.PolicySource}";
    }
}
