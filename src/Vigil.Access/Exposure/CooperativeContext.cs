namespace Vigil.Access.Exposure;

/// <summary>Context values that satisfy a statement's conditions, for asking whether a statement grants anything at
/// all once its conditions are met (the conditions are then reported with the grant): for an Allow statement the
/// values its positive operators name, for a Deny statement the values its negated operators name (which keep the
/// deny from applying). Numeric, date and Null operators are left to the caller's own context.</summary>
public static class CooperativeContext
{
    public static Dictionary<string, IReadOnlyList<string>> Satisfying(IEnumerable<ExposureCondition> conditions, bool avoidDeny)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var condition in conditions)
        {
            var op = BaseOperator(condition.Operator);
            if (op.StartsWith("Numeric", StringComparison.Ordinal) || op.StartsWith("Date", StringComparison.Ordinal) || op == "Null") continue;
            if (IsNegated(op) != avoidDeny) continue;
            values[condition.Key] = [.. condition.Values.Select(v => Sample(op, v))];
        }

        return values;
    }

    /// <summary>Whether the operator is a negated one (StringNotEquals, ArnNotLike, NotIpAddress, ...).</summary>
    public static bool IsNegated(string op) => BaseOperator(op).Contains("Not", StringComparison.Ordinal);

    /// <summary>The operator without set qualifier and IfExists: "ForAnyValue:StringLikeIfExists" is "StringLike".</summary>
    public static string BaseOperator(string op)
    {
        var colon = op.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 ? op[(colon + 1)..] : op;
        return name.EndsWith("IfExists", StringComparison.Ordinal) ? name[..^"IfExists".Length] : name;
    }

    private static string Sample(string op, string value)
    {
        if (op.Contains("IpAddress", StringComparison.Ordinal))
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            return slash < 0 ? value : value[..slash];
        }

        return op.Contains("Like", StringComparison.Ordinal) ? value.Replace("*", "vigil", StringComparison.Ordinal).Replace('?', 'x') : value;
    }
}
