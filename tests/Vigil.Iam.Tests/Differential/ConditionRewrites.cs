using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Condition predicates and rewrites: missing keys and empty sets, IP addresses, epoch dates.</summary>
internal static class ConditionRewrites
{
    private static readonly string[] SlashZeroHalves = ["0.0.0.0/1", "128.0.0.0/1"];

    private static readonly string[] DateOperators = ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"];

    internal static bool HasKey(JsonObject request, string key) =>
        request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Conditions on a key the request lacks or holds as an empty set (AWS: a null data set).</summary>
    internal static List<(string Operator, string Key, JsonObject Block)> MissingKeyConditions(JsonObject request) =>
        CaseJson.Conditions(request).Where(c => !HasKey(request, c.Key) || IsEmptySet(request, c.Key)).ToList();

    internal static bool IsEmptySet(JsonObject request, string key) =>
        request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) && p.Value is JsonArray { Count: 0 });

    internal static bool IsForAnyValueIfExists((string Operator, string Key, JsonObject Block) condition) =>
        condition.Operator.StartsWith("ForAnyValue:", StringComparison.Ordinal) && condition.Operator.EndsWith("IfExists", StringComparison.Ordinal);

    internal static void BareAddressesToCidrs(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!op.Contains("IpAddress", StringComparison.Ordinal)) continue;
            var values = CaseJson.Strings(block[key]).Select(v => v.Contains('/', StringComparison.Ordinal) ? v : v + (v.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"));
            block[key] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }

    internal static void RemoveConditions(JsonObject request, List<(string Operator, string Key, JsonObject Block)> conditions)
    {
        foreach (var (_, key, block) in conditions) block.Remove(key);
        foreach (var (_, policy) in CaseJson.Policies(request))
        {
            foreach (var statement in CaseJson.Statements(policy))
            {
                if (statement["Condition"] is not JsonObject condition) continue;
                foreach (var op in condition.Where(p => p.Value is JsonObject { Count: 0 }).Select(p => p.Key).ToList()) condition.Remove(op);
                if (condition.Count == 0) statement.Remove("Condition");
            }
        }
    }

    internal static bool IsDateOperator(string op) => DateOperators.Any(d => op.Contains(d, StringComparison.Ordinal));

    internal static bool IsEpoch(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    internal static bool UsesEpochDate(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request))
        {
            if (!IsDateOperator(op)) continue;
            if (CaseJson.Strings(block[key]).Any(IsEpoch)) return true;
            if (request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) && CaseJson.Strings(p.Value).Any(IsEpoch))) return true;
        }

        return false;
    }

    internal static void EpochToIso(JsonObject request)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!IsDateOperator(op)) continue;
            keys.Add(key);
            block[key] = CaseJson.MapStrings(block[key], Iso);
        }

        if (request["context"] is not JsonObject context) return;
        foreach (var name in context.Select(p => p.Key).Where(keys.Contains).ToList()) context[name] = CaseJson.MapStrings(context[name], Iso);
    }

    internal static string Iso(string value) =>
        IsEpoch(value) ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(value, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : value;

    internal static void SplitSlashZero(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!op.Contains("IpAddress", StringComparison.Ordinal)) continue;
            var values = CaseJson.Strings(block[key]).SelectMany(v => v == "0.0.0.0/0" ? SlashZeroHalves : [v]);
            block[key] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }
}
