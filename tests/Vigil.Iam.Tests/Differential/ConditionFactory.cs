using System.Text.Json.Nodes;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// Builds a request context from the keys documented for the action and the global keys, then conditions over the same keys
/// (every operator family, IfExists, ForAllValues/ForAnyValue, Null, policy variables) whose values often meet the context's.
/// </summary>
internal sealed class ConditionFactory
{
    private static readonly string[] StringOperators =
        ["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"];

    private static readonly string[] NumericOperators =
        ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"];

    private static readonly string[] DateOperators =
        ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"];

    private static readonly string[] ArnOperators = ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"];

    private readonly Random _random;
    private readonly Caller _caller;
    private readonly List<TypedKey> _candidates;
    private readonly Dictionary<string, string[]> _context = new(StringComparer.OrdinalIgnoreCase);

    public ConditionFactory(Random random, Caller caller, ActionTarget target)
    {
        _random = random;
        _caller = caller;
        _candidates = target.Keys.Concat(GlobalConditionKeys.All).DistinctBy(k => k.Name.ToLowerInvariant()).ToList();
        var count = _random.Next(7);
        for (var i = 0; i < count; i++)
        {
            var key = _candidates[_random.Next(_candidates.Count)];
            _context[key.Name] = ContextValues(key);
        }
    }

    public JsonObject Context()
    {
        var context = new JsonObject();
        foreach (var (name, values) in _context)
        {
            var key = _candidates.First(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            context[name] = key.IsMultiValued ? new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) : JsonValue.Create(values[0]);
        }

        return context;
    }

    public JsonObject Condition()
    {
        var condition = new JsonObject();
        var blocks = 1 + _random.Next(2);
        for (var b = 0; b < blocks; b++)
        {
            var key = PickKey();
            var op = Operator(key);
            var values = op.EndsWith("Null", StringComparison.Ordinal) ? NullValues() : Values(key, op);
            if (condition[op] is not JsonObject keys) condition[op] = keys = new JsonObject();
            keys[key.Name] = values;
        }

        return condition;
    }

    private TypedKey PickKey()
    {
        if (_context.Count > 0 && _random.Next(10) < 7)
        {
            var name = _context.Keys.ElementAt(_random.Next(_context.Count));
            return _candidates.First(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        return _candidates[_random.Next(_candidates.Count)];
    }

    private string Operator(TypedKey key)
    {
        var emptySet = _context.TryGetValue(key.Name, out var present) && present.Length == 0;
        if (!emptySet && _random.Next(12) == 0) return "Null";
        var type = key.ElementType;
        var baseOperator = type switch
        {
            ConditionKeyType.Numeric => Pick(NumericOperators),
            ConditionKeyType.Date => Pick(DateOperators),
            ConditionKeyType.Bool => "Bool",
            ConditionKeyType.Binary => "BinaryEquals",
            ConditionKeyType.IPAddress => _random.Next(2) == 0 ? "IpAddress" : "NotIpAddress",
            ConditionKeyType.Arn => _random.Next(3) == 0 ? Pick(StringOperators) : Pick(ArnOperators),
            _ => _random.Next(15) == 0 ? "BinaryEquals" : Pick(StringOperators),
        };
        if (_random.Next(5) == 0) baseOperator += "IfExists";
        if (key.IsMultiValued || _random.Next(10) == 0) return (_random.Next(2) == 0 ? "ForAllValues:" : "ForAnyValue:") + baseOperator;
        return baseOperator;
    }

    private JsonValue NullValues() => _random.Next(6) == 0 ? JsonValue.Create(_random.Next(2) == 0) : JsonValue.Create(_random.Next(2) == 0 ? "true" : "false");

    private JsonNode Values(TypedKey key, string op)
    {
        var count = 1 + _random.Next(3);
        var values = new List<JsonValue>();
        for (var i = 0; i < count; i++) values.Add(Value(key, op));
        if (values.Count == 1 && _random.Next(2) == 0) return values[0];
        return new JsonArray([.. values.Cast<JsonNode>()]);
    }

    private JsonValue Value(TypedKey key, string op)
    {
        _context.TryGetValue(key.Name, out var present);
        var seen = present is { Length: > 0 } && _random.Next(10) < 6 ? present[_random.Next(present.Length)] : null;
        if (op.Contains("BinaryEquals", StringComparison.Ordinal)) return JsonValue.Create(seen is not null && key.ElementType == ConditionKeyType.Binary ? seen : Pick(CaseVocabulary.Binaries));
        if (op.Contains("Numeric", StringComparison.Ordinal))
        {
            var number = seen ?? Pick(CaseVocabulary.Numbers);
            return _random.Next(6) == 0 && int.TryParse(number, out var n) ? JsonValue.Create(n) : JsonValue.Create(number);
        }

        if (op.Contains("Date", StringComparison.Ordinal))
        {
            return JsonValue.Create(seen ?? (_random.Next(8) == 0 ? Pick(CaseVocabulary.EpochDates) : Pick(CaseVocabulary.IsoDates)));
        }

        if (op.Contains("Bool", StringComparison.Ordinal))
        {
            var text = seen ?? Pick(CaseVocabulary.Booleans);
            return _random.Next(6) == 0 ? JsonValue.Create(text == "true") : JsonValue.Create(text);
        }

        if (op.Contains("IpAddress", StringComparison.Ordinal)) return JsonValue.Create(Pick(CaseVocabulary.Cidrs));
        if (op.Contains("Arn", StringComparison.Ordinal))
        {
            if (seen is not null && _random.Next(2) == 0) return JsonValue.Create(seen);
            return JsonValue.Create(_random.Next(2) == 0 ? Pick(CaseVocabulary.ArnPatterns) : Pick(CaseVocabulary.Arns));
        }

        return JsonValue.Create(StringValue(seen, op.Contains("Like", StringComparison.Ordinal)));
    }

    private string StringValue(string? seen, bool like)
    {
        switch (_random.Next(10))
        {
            case 0:
                var variable = Pick(GlobalConditionKeys.Variables);
                return _random.Next(3) == 0 ? $"${{{variable}, '{Pick(CaseVocabulary.Strings)}'}}" : $"${{{variable}}}";
            case 1 when seen is not null:
                return seen.ToUpperInvariant();
            case 2 when like:
                var text = seen ?? Pick(CaseVocabulary.Strings);
                return _random.Next(3) switch { 0 => "*", 1 => text[..Math.Min(2, text.Length)] + "*", _ => "?" + text[1..] };
            default:
                return seen ?? Pick(CaseVocabulary.Strings);
        }
    }

    private string[] ContextValues(TypedKey key)
    {
        if (key.IsMultiValued)
        {
            var count = _random.Next(10) == 0 ? 0 : 1 + _random.Next(3);
            return Enumerable.Range(0, count).Select(_ => ContextValue(key)).Distinct().ToArray();
        }

        return [ContextValue(key)];
    }

    private string ContextValue(TypedKey key)
    {
        var lower = key.Name.ToLowerInvariant();
        if (lower == "aws:principalarn" && _caller.Account is not null && _random.Next(3) > 0) return _caller.Principal;
        if (lower == "aws:principalaccount" && _caller.Account is not null && _random.Next(3) > 0) return _caller.Account;
        if (lower == "aws:username" && _random.Next(2) == 0) return _caller.Name;
        if (key.ElementType == ConditionKeyType.Date && _random.Next(7) == 0) return Pick(CaseVocabulary.EpochDates);
        return Pick(CaseVocabulary.ValuesOf(key.ElementType));
    }

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
