using System.Globalization;

namespace Vigil.Iam.Conditions;

/// <summary>One condition value, pre-parsed for its operator (number, date, CIDR, ARN segments).</summary>
internal sealed class ConditionOperand
{
    private readonly double _number;
    private readonly DateTimeOffset _date;
    private readonly bool _parsed;
    private readonly IpRange? _range;
    private readonly string[]? _arnSegments;

    public ConditionOperand(string text, ConditionFunction function)
    {
        Text = text;
        switch (function)
        {
            case ConditionFunction.NumericEquals or ConditionFunction.NumericLessThan or ConditionFunction.NumericLessThanEquals
                or ConditionFunction.NumericGreaterThan or ConditionFunction.NumericGreaterThanEquals:
                _parsed = TryNumber(text, out _number);
                break;
            case ConditionFunction.DateEquals or ConditionFunction.DateLessThan or ConditionFunction.DateLessThanEquals
                or ConditionFunction.DateGreaterThan or ConditionFunction.DateGreaterThanEquals:
                _parsed = TryDate(text, out _date);
                break;
            case ConditionFunction.IpAddress:
                _range = IpRange.Parse(text);
                break;
            case ConditionFunction.ArnLike:
                _arnSegments = text.Split(':', 6);
                break;
        }
    }

    public string Text { get; }

    public bool IsValidFor(ConditionFunction function) => function switch
    {
        ConditionFunction.IpAddress => _range is not null,
        >= ConditionFunction.NumericEquals and <= ConditionFunction.DateGreaterThanEquals => _parsed,
        _ => true,
    };

    public bool Matches(ConditionFunction function, string value)
    {
        switch (function)
        {
            case ConditionFunction.StringEquals:
            case ConditionFunction.BinaryEquals:
                return string.Equals(value, Text, StringComparison.Ordinal);
            case ConditionFunction.StringEqualsIgnoreCase:
            case ConditionFunction.Bool:
                return string.Equals(value, Text, StringComparison.OrdinalIgnoreCase);
            case ConditionFunction.StringLike:
                return Policies.Glob.Matches(Text, value);
            case ConditionFunction.IpAddress:
                return _range is not null && _range.Contains(value);
            case ConditionFunction.ArnLike:
                return ArnMatches(value);
            case ConditionFunction.NumericEquals:
                return _parsed && TryNumber(value, out var n) && n == _number;
            case ConditionFunction.NumericLessThan:
                return _parsed && TryNumber(value, out n) && n < _number;
            case ConditionFunction.NumericLessThanEquals:
                return _parsed && TryNumber(value, out n) && n <= _number;
            case ConditionFunction.NumericGreaterThan:
                return _parsed && TryNumber(value, out n) && n > _number;
            case ConditionFunction.NumericGreaterThanEquals:
                return _parsed && TryNumber(value, out n) && n >= _number;
            case ConditionFunction.DateEquals:
                return _parsed && TryDate(value, out var d) && d == _date;
            case ConditionFunction.DateLessThan:
                return _parsed && TryDate(value, out d) && d < _date;
            case ConditionFunction.DateLessThanEquals:
                return _parsed && TryDate(value, out d) && d <= _date;
            case ConditionFunction.DateGreaterThan:
                return _parsed && TryDate(value, out d) && d > _date;
            case ConditionFunction.DateGreaterThanEquals:
                return _parsed && TryDate(value, out d) && d >= _date;
            default:
                return false;
        }
    }

    private bool ArnMatches(string value)
    {
        // IAM User Guide, ARN condition operators: each of the six colon-delimited components is checked separately,
        // so a value with fewer components (such as "*") matches no ARN.
        var segments = _arnSegments!;
        if (segments.Length != 6) return false;
        var rest = value.AsSpan();
        for (var i = 0; i < 5; i++)
        {
            var colon = rest.IndexOf(':');
            if (colon < 0 || !Policies.Glob.Matches(segments[i], rest[..colon])) return false;
            rest = rest[(colon + 1)..];
        }

        return Policies.Glob.Matches(segments[5], rest);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryDate(string text, out DateTimeOffset value)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) && epoch is > -62135596800 and < 253402300800)
        {
            value = DateTimeOffset.FromUnixTimeSeconds(epoch);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
