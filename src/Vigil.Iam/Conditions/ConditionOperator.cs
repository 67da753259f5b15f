namespace Vigil.Iam.Conditions;

/// <summary>A parsed operator name: set qualifier, function, negation and IfExists.</summary>
internal sealed record ConditionOperator(SetQualifier Qualifier, ConditionFunction Function, bool Negated, bool IfExists)
{
    private static readonly Dictionary<string, (ConditionFunction Function, bool Negated)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["StringEquals"] = (ConditionFunction.StringEquals, false),
        ["StringNotEquals"] = (ConditionFunction.StringEquals, true),
        ["StringEqualsIgnoreCase"] = (ConditionFunction.StringEqualsIgnoreCase, false),
        ["StringNotEqualsIgnoreCase"] = (ConditionFunction.StringEqualsIgnoreCase, true),
        ["StringLike"] = (ConditionFunction.StringLike, false),
        ["StringNotLike"] = (ConditionFunction.StringLike, true),
        ["NumericEquals"] = (ConditionFunction.NumericEquals, false),
        ["NumericNotEquals"] = (ConditionFunction.NumericEquals, true),
        ["NumericLessThan"] = (ConditionFunction.NumericLessThan, false),
        ["NumericLessThanEquals"] = (ConditionFunction.NumericLessThanEquals, false),
        ["NumericGreaterThan"] = (ConditionFunction.NumericGreaterThan, false),
        ["NumericGreaterThanEquals"] = (ConditionFunction.NumericGreaterThanEquals, false),
        ["DateEquals"] = (ConditionFunction.DateEquals, false),
        ["DateNotEquals"] = (ConditionFunction.DateEquals, true),
        ["DateLessThan"] = (ConditionFunction.DateLessThan, false),
        ["DateLessThanEquals"] = (ConditionFunction.DateLessThanEquals, false),
        ["DateGreaterThan"] = (ConditionFunction.DateGreaterThan, false),
        ["DateGreaterThanEquals"] = (ConditionFunction.DateGreaterThanEquals, false),
        ["Bool"] = (ConditionFunction.Bool, false),
        ["BinaryEquals"] = (ConditionFunction.BinaryEquals, false),
        ["IpAddress"] = (ConditionFunction.IpAddress, false),
        ["NotIpAddress"] = (ConditionFunction.IpAddress, true),
        ["ArnEquals"] = (ConditionFunction.ArnLike, false),
        ["ArnLike"] = (ConditionFunction.ArnLike, false),
        ["ArnNotEquals"] = (ConditionFunction.ArnLike, true),
        ["ArnNotLike"] = (ConditionFunction.ArnLike, true),
        ["Null"] = (ConditionFunction.Null, false),
    };

    public static ConditionOperator? Parse(string name)
    {
        var qualifier = SetQualifier.None;
        var rest = name.AsSpan();
        if (rest.StartsWith("ForAllValues:", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = SetQualifier.ForAllValues;
            rest = rest["ForAllValues:".Length..];
        }
        else if (rest.StartsWith("ForAnyValue:", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = SetQualifier.ForAnyValue;
            rest = rest["ForAnyValue:".Length..];
        }

        var ifExists = rest.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase);
        if (ifExists) rest = rest[..^"IfExists".Length];
        if (!Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(rest, out var entry)) return null;
        if (ifExists && entry.Function == ConditionFunction.Null) return null;
        return new ConditionOperator(qualifier, entry.Function, entry.Negated, ifExists) { Name = name };
    }

    /// <summary>The operator as the policy writes it.</summary>
    public string Name { get; init; } = "";
}
