using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Policy-variable predicates and rewrites: unresolved variables, Version 2008-10-17, variables in the resource type.</summary>
internal static class VariableRewrites
{
    /// <summary>A ${key} (without a default) whose key the request context does not hold as one value: AWS treats it as having no value.</summary>
    internal static bool HasUnresolvedVariable(string text, JsonObject request)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf('}', start);
            if (end < 0) return false;
            var inner = text[(start + 2)..end];
            if (inner is not ("*" or "?" or "$") && !inner.Contains(',', StringComparison.Ordinal))
            {
                var value = request["context"] is JsonObject context ? context.FirstOrDefault(p => string.Equals(p.Key, inner.Trim(), StringComparison.OrdinalIgnoreCase)).Value : null;
                if (value is null || value is JsonArray) return true;
            }

            start = text.IndexOf("${", end, StringComparison.Ordinal);
        }

        return false;
    }

    internal static void ReplaceUnresolvedNegatedValues(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!IsNegated(op)) continue;
            var values = CaseJson.Strings(block[key]).ToList();
            if (!values.Any(v => HasUnresolvedVariable(v, request))) continue;
            var kept = values.Where(v => !HasUnresolvedVariable(v, request)).ToList();
            if (kept.Count == 0) kept.Add(op.Contains("Arn", StringComparison.Ordinal) ? "arn:aws:vigil::000000000000:no-such-value" : "vigil-no-such-value");
            block[key] = new JsonArray(kept.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }

    internal static IEnumerable<string> ResourceEntries(JsonObject request) =>
        CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).SelectMany(s => CaseJson.Strings(s["Resource"]).Concat(CaseJson.Strings(s["NotResource"])));

    /// <summary>A ${...} in the resource part of an ARN before its first '/' or ':' (iam-simulate reads the variable's own colon as the end of the resource type).</summary>
    internal static bool VariableBeforeIdSeparator(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || !arn.StartsWith("arn:", StringComparison.Ordinal)) return false;
        var resource = arn[(string.Join(':', parts[..5]).Length + 1)..];
        var variable = resource.IndexOf("${", StringComparison.Ordinal);
        var separator = resource.IndexOfAny(['/', ':']);
        return variable >= 0 && separator >= 0 && variable < separator;
    }

    /// <summary>Replaces each variable in such entries by its value from the context (or its default), or the entry by one that matches nothing.</summary>
    internal static void ResolveLeadingVariables(JsonObject request)
    {
        foreach (var statement in CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).ToList())
        {
            foreach (var element in new[] { "Resource", "NotResource" })
            {
                if (statement[element] is not { } node || !CaseJson.Strings(node).Any(VariableBeforeIdSeparator)) continue;
                statement[element] = CaseJson.MapStrings(node, e => VariableBeforeIdSeparator(e) ? Resolve(e, request) ?? "arn:aws:vigil:::no-such-resource" : e);
            }
        }
    }

    internal static string? Resolve(string text, JsonObject request)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, start - i);
            var inner = text[(start + 2)..end];
            var comma = inner.IndexOf(", '", StringComparison.Ordinal);
            var key = comma < 0 ? inner : inner[..comma];
            var value = request["context"] is JsonObject context ? context.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value : null;
            if (value is JsonValue single) result.Append(single.ToString());
            else if (comma >= 0) result.Append(inner[(comma + 3)..^1]);
            else return null;
            i = end + 1;
        }

        return result.ToString();
    }

    internal static IEnumerable<string> NotResourceEntries(JsonObject request) =>
        CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).SelectMany(s => CaseJson.Strings(s["NotResource"]));

    internal static void ReplaceUnresolvedNotResources(JsonObject request)
    {
        foreach (var statement in CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).ToList())
        {
            if (statement["NotResource"] is not { } element) continue;
            statement["NotResource"] = CaseJson.MapStrings(element, e => HasUnresolvedVariable(e, request) ? "arn:aws:vigil:::no-such-resource" : e);
        }
    }

    internal static void LiteralVariables(JsonObject request)
    {
        foreach (var (element, policy) in CaseJson.Policies(request).ToList())
        {
            if ((string?)policy["Version"] == "2012-10-17") continue;
            var literal = JsonNode.Parse(policy.ToJsonString().Replace("${", "${$}{", StringComparison.Ordinal))!.AsObject();
            literal["Version"] = "2012-10-17";
            Replace(request, element, policy, literal);
        }
    }

    internal static void Replace(JsonObject request, string element, JsonObject old, JsonObject replacement)
    {
        if (request[element] == old)
        {
            request[element] = replacement;
            return;
        }

        var containers = request[element] is JsonArray top ? new[] { top }.Concat(top.OfType<JsonArray>()) : [];
        foreach (var container in containers)
        {
            var index = container.IndexOf(old);
            if (index < 0) continue;
            container[index] = replacement;
            return;
        }
    }

    internal static bool IsNegated(string op) => op.Contains("Not", StringComparison.Ordinal);
}
