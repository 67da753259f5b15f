using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Vigil.Iam.Tests.Properties;

/// <summary>The test's own reading of the condition operator table (iam.md §3), to compare the engine against.</summary>
internal static class ConditionOracle
{
    public static bool Holds(GeneratedCondition clause, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        var values = context.FirstOrDefault(e => e.Key.Equals(clause.Key, StringComparison.OrdinalIgnoreCase)).Value ?? [];
        var present = values.Count > 0;
        var op = clause.Operator;
        if (op == "Null") return clause.Values.Any(v => (v == "true") != present);

        var forAll = op.StartsWith("ForAllValues:", StringComparison.Ordinal);
        var forAny = op.StartsWith("ForAnyValue:", StringComparison.Ordinal);
        if (forAll || forAny) op = op[(op.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var ifExists = op.EndsWith("IfExists", StringComparison.Ordinal);
        if (ifExists) op = op[..^"IfExists".Length];
        var negated = op.Contains("Not", StringComparison.Ordinal);

        if (!present) return ifExists || forAll || (!forAny && negated);
        var operands = clause.Values.Select(v => Substitute(v, context)).OfType<string>().ToList();
        bool Satisfies(string value) => operands.Any(operand => Positive(op, operand, value)) != negated;
        if (forAll) return values.All(Satisfies);
        if (forAny) return values.Any(Satisfies);
        return negated ? values.All(Satisfies) : values.Any(Satisfies);
    }

    private static bool Positive(string op, string operand, string value) => op.Replace("Not", "", StringComparison.Ordinal) switch
    {
        "StringEquals" => operand == value,
        "StringEqualsIgnoreCase" => operand.Equals(value, StringComparison.OrdinalIgnoreCase),
        "StringLike" => Wildcard.MatchesResource(operand, value),
        "NumericEquals" => Number(value) is { } n && n == Number(operand),
        "NumericLessThan" => Number(value) is { } n && n < Number(operand),
        "NumericLessThanEquals" => Number(value) is { } n && n <= Number(operand),
        "NumericGreaterThan" => Number(value) is { } n && n > Number(operand),
        "NumericGreaterThanEquals" => Number(value) is { } n && n >= Number(operand),
        "DateEquals" => Date(value) is { } d && d == Date(operand),
        "DateLessThan" => Date(value) is { } d && d < Date(operand),
        "DateLessThanEquals" => Date(value) is { } d && d <= Date(operand),
        "DateGreaterThan" => Date(value) is { } d && d > Date(operand),
        "DateGreaterThanEquals" => Date(value) is { } d && d >= Date(operand),
        "Bool" => operand == value,
        "IpAddress" => Network(operand).Contains(IPAddress.Parse(value)),
        "ArnEquals" or "ArnLike" => ArnMatches(operand, value),
        _ => throw new InvalidOperationException($"no oracle for {op}"),
    };

    /// <summary>Replaces ${key} and ${key, 'default'} with the key's single value; null (the value matches nothing) when it has none.</summary>
    private static string? Substitute(string operand, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        var unresolved = false;
        var text = Regex.Replace(operand, @"\$\{([^,}]+)(?:,\s*'([^']*)')?\}", match =>
        {
            var values = context.FirstOrDefault(e => e.Key.Equals(match.Groups[1].Value.Trim(), StringComparison.OrdinalIgnoreCase)).Value;
            if (values is { Count: 1 }) return values[0];
            if (match.Groups[2].Success) return match.Groups[2].Value;
            unresolved = true;
            return "";
        });
        return unresolved ? null : text;
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTimeOffset? Date(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? DateTimeOffset.FromUnixTimeSeconds(epoch)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : null;

    private static IPNetwork Network(string cidr) =>
        IPNetwork.Parse(cidr.Contains('/', StringComparison.Ordinal) ? cidr : cidr + (cidr.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"));

    /// <summary>Each of the six colon-separated parts is matched on its own (IAM User Guide, ARN condition operators).</summary>
    private static bool ArnMatches(string pattern, string arn)
    {
        var patternParts = pattern.Split(':', 6);
        var arnParts = arn.Split(':', 6);
        return patternParts.Length == 6 && arnParts.Length == 6 && patternParts.Zip(arnParts).All(p => Wildcard.MatchesResource(p.First, p.Second));
    }
}
