using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>The documented differences between iam-simulate and AWS (docs/iam-divergences.md, "Divergence ids"), each with a rewrite that removes it.</summary>
internal static class KnownDivergences
{
    private static readonly string[] SlashZeroHalves = ["0.0.0.0/1", "128.0.0.0/1"];

    private static readonly string[] DateOperators = ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"];

    public static readonly IReadOnlyList<Divergence> All =
    [
        new("root-user-needs-no-identity-policy",
            r => CaseJson.Principal(r).EndsWith(":root", StringComparison.Ordinal),
            r => [With(r, c => ((JsonArray)c["identityPolicies"]!).Add(CaseJson.AllowEverythingPolicy()))]),
        new("rcp-unsupported-service",
            r => r["rcps"] is JsonArray && !(ActionCatalog.BuiltIn.TryGetService(CaseJson.Service(r), out var s) && s.SupportsResourceControlPolicies),
            r => [With(r, c => c["rcps"] = null)]),
        new("rcp-service-linked-role",
            r => r["rcps"] is JsonArray && IsServiceLinkedRole(CaseJson.Principal(r)),
            r => [With(r, c => c["rcps"] = null)]),
        new("rcp-kms-retire-grant",
            r => r["rcps"] is JsonArray && string.Equals(CaseJson.Action(r), "kms:RetireGrant", StringComparison.OrdinalIgnoreCase),
            r => [With(r, c => c["rcps"] = null)]),
        new("scp-service-linked-role",
            r => r["scps"] is JsonArray && IsServiceLinkedRole(CaseJson.Principal(r)),
            r => [With(r, c => c["scps"] = null)]),
        new("federated-session-without-session-policy",
            r => r["sessionPolicy"] is null && CaseJson.Principal(r).Contains(":federated-user/", StringComparison.Ordinal),
            r => [With(r, c => c["sessionPolicy"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Action"] = "vigil:NothingIsAllowed", ["Resource"] = "*" }),
            })]),
        new("session-policy-direct-session-grant",
            r => r["sessionPolicy"] is JsonObject && r["resourcePolicy"] is JsonObject && IsSession(CaseJson.Principal(r)),
            r => [With(r, c => Statements((JsonObject)c["sessionPolicy"]!).Add(new JsonObject { ["Effect"] = "Allow", ["Action"] = CaseJson.Action(c), ["Resource"] = "*" }))]),
        new("date-epoch-seconds", UsesEpochDate, r => [With(r, EpochToIso)]),
        new("ip-v4-slash-zero",
            r => CaseJson.Conditions(r).Any(c => c.Operator.Contains("IpAddress", StringComparison.Ordinal) && CaseJson.Strings(c.Block[c.Key]).Contains("0.0.0.0/0")),
            r => [With(r, SplitSlashZero)]),
        new("policy-version-2008-variables",
            r => CaseJson.Policies(r).Any(p => (string?)p.Policy["Version"] != "2012-10-17" && p.Policy.ToJsonString().Contains("${", StringComparison.Ordinal)),
            r => [With(r, LiteralVariables)]),
        new("set-operator-ifexists-missing-key",
            r => MissingKeyConditions(r).Any(IsForAnyValueIfExists),
            r => [With(r, c => RemoveConditions(c, MissingKeyConditions(c).Where(IsForAnyValueIfExists).ToList()))]),
        new("ip-bare-address-other-family",
            r => CaseJson.Conditions(r).Any(c => c.Operator.Contains("IpAddress", StringComparison.Ordinal) && CaseJson.Strings(c.Block[c.Key]).Any(v => !v.Contains('/', StringComparison.Ordinal))),
            r => [With(r, BareAddressesToCidrs)]),
        new("unresolved-variable-negated-condition",
            r => CaseJson.Conditions(r).Any(c => IsNegated(c.Operator) && CaseJson.Strings(c.Block[c.Key]).Any(v => HasUnresolvedVariable(v, r))),
            r => [With(r, ReplaceUnresolvedNegatedValues)]),
        new("unresolved-variable-not-resource",
            r => NotResourceEntries(r).Any(e => HasUnresolvedVariable(e, r)),
            r => [With(r, ReplaceUnresolvedNotResources)]),
        new("federated-session-name-is-not-iam-user",
            r => FederatedUserArn(r) is { } user && ResourcePolicyPrincipals(r).Contains(user),
            r => [With(r, RenameFederatedUser)]),
        new("variable-in-resource-type-prefix",
            r => ResourceEntries(r).Any(VariableBeforeIdSeparator),
            r => [With(r, ResolveLeadingVariables)]),
        new("not-principal-partial-listing",
            r => r["resourcePolicy"] is JsonObject policy && CaseJson.Statements(policy).Any(s => s["NotPrincipal"] is not null),
            r => [With(r, RewriteNotPrincipals)]),
    ];

    /// <summary>For a federated-user session, the IAM user ARN of the same name (which iam-simulate takes to be the user who federated).</summary>
    private static string? FederatedUserArn(JsonObject request)
    {
        var principal = CaseJson.Principal(request);
        var marker = principal.IndexOf(":federated-user/", StringComparison.Ordinal);
        if (marker < 0) return null;
        var account = principal.Split(':')[4];
        return $"arn:aws:iam::{account}:user/{principal[(marker + ":federated-user/".Length)..]}";
    }

    private static HashSet<string> ResourcePolicyPrincipals(JsonObject request) =>
        request["resourcePolicy"] is JsonObject policy
            ? CaseJson.Statements(policy)
                .SelectMany(s => new[] { s["Principal"], s["NotPrincipal"] })
                .OfType<JsonObject>()
                .SelectMany(p => p.SelectMany(kind => CaseJson.Strings(kind.Value)))
                .ToHashSet(StringComparer.Ordinal)
            : [];

    private static void RenameFederatedUser(JsonObject request)
    {
        var user = FederatedUserArn(request)!;
        foreach (var statement in CaseJson.Statements((JsonObject)request["resourcePolicy"]!))
        {
            foreach (var element in new[] { "Principal", "NotPrincipal" })
            {
                if (statement[element] is not JsonObject kinds) continue;
                foreach (var kind in kinds.Select(k => k.Key).ToList())
                {
                    var values = CaseJson.Strings(kinds[kind]).Select(v => v == user ? user + "-iam-user" : v);
                    kinds[kind] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
                }
            }
        }
    }

    private static bool IsNegated(string op) => op.Contains("Not", StringComparison.Ordinal);

    private static bool HasKey(JsonObject request, string key) =>
        request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Conditions on a key the request lacks or holds as an empty set (AWS: a null data set).</summary>
    private static List<(string Operator, string Key, JsonObject Block)> MissingKeyConditions(JsonObject request) =>
        CaseJson.Conditions(request).Where(c => !HasKey(request, c.Key) || IsEmptySet(request, c.Key)).ToList();

    private static bool IsEmptySet(JsonObject request, string key) =>
        request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) && p.Value is JsonArray { Count: 0 });

    private static bool IsForAnyValueIfExists((string Operator, string Key, JsonObject Block) condition) =>
        condition.Operator.StartsWith("ForAnyValue:", StringComparison.Ordinal) && condition.Operator.EndsWith("IfExists", StringComparison.Ordinal);

    private static void BareAddressesToCidrs(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!op.Contains("IpAddress", StringComparison.Ordinal)) continue;
            var values = CaseJson.Strings(block[key]).Select(v => v.Contains('/', StringComparison.Ordinal) ? v : v + (v.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"));
            block[key] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }

    private static void RemoveConditions(JsonObject request, List<(string Operator, string Key, JsonObject Block)> conditions)
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

    /// <summary>A ${key} (without a default) whose key the request context does not hold as one value: AWS treats it as having no value.</summary>
    private static bool HasUnresolvedVariable(string text, JsonObject request)
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

    private static void ReplaceUnresolvedNegatedValues(JsonObject request)
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

    private static IEnumerable<string> ResourceEntries(JsonObject request) =>
        CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).SelectMany(s => CaseJson.Strings(s["Resource"]).Concat(CaseJson.Strings(s["NotResource"])));

    /// <summary>A ${...} in the resource part of an ARN before its first '/' or ':' (iam-simulate reads the variable's own colon as the end of the resource type).</summary>
    private static bool VariableBeforeIdSeparator(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length < 6 || !arn.StartsWith("arn:", StringComparison.Ordinal)) return false;
        var resource = arn[(string.Join(':', parts[..5]).Length + 1)..];
        var variable = resource.IndexOf("${", StringComparison.Ordinal);
        var separator = resource.IndexOfAny(['/', ':']);
        return variable >= 0 && separator >= 0 && variable < separator;
    }

    /// <summary>Replaces each variable in such entries by its value from the context (or its default), or the entry by one that matches nothing.</summary>
    private static void ResolveLeadingVariables(JsonObject request)
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

    private static string? Resolve(string text, JsonObject request)
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

    private static IEnumerable<string> NotResourceEntries(JsonObject request) =>
        CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).SelectMany(s => CaseJson.Strings(s["NotResource"]));

    private static void ReplaceUnresolvedNotResources(JsonObject request)
    {
        foreach (var statement in CaseJson.Policies(request).SelectMany(p => CaseJson.Statements(p.Policy)).ToList())
        {
            if (statement["NotResource"] is not { } element) continue;
            statement["NotResource"] = CaseJson.MapStrings(element, e => HasUnresolvedVariable(e, request) ? "arn:aws:vigil:::no-such-resource" : e);
        }
    }

    private static JsonObject With(JsonObject request, Action<JsonObject> change)
    {
        var copy = (JsonObject)request.DeepClone();
        change(copy);
        return copy;
    }

    private static JsonArray Statements(JsonObject policy)
    {
        if (policy["Statement"] is JsonArray list) return list;
        var single = policy["Statement"]!.DeepClone();
        var wrapped = new JsonArray(single);
        policy["Statement"] = wrapped;
        return wrapped;
    }

    private static bool IsServiceLinkedRole(string principal) =>
        principal.Contains(":assumed-role/AWSServiceRoleFor", StringComparison.Ordinal) || principal.Contains(":role/aws-service-role/", StringComparison.Ordinal);

    private static bool IsSession(string principal) =>
        principal.Contains(":assumed-role/", StringComparison.Ordinal) || principal.Contains(":federated-user/", StringComparison.Ordinal);

    private static bool IsDateOperator(string op) => DateOperators.Any(d => op.Contains(d, StringComparison.Ordinal));

    private static bool IsEpoch(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private static bool UsesEpochDate(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request))
        {
            if (!IsDateOperator(op)) continue;
            if (CaseJson.Strings(block[key]).Any(IsEpoch)) return true;
            if (request["context"] is JsonObject context && context.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase) && CaseJson.Strings(p.Value).Any(IsEpoch))) return true;
        }

        return false;
    }

    private static void EpochToIso(JsonObject request)
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

    private static string Iso(string value) =>
        IsEpoch(value) ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(value, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : value;


    private static void SplitSlashZero(JsonObject request)
    {
        foreach (var (op, key, block) in CaseJson.Conditions(request).ToList())
        {
            if (!op.Contains("IpAddress", StringComparison.Ordinal)) continue;
            var values = CaseJson.Strings(block[key]).SelectMany(v => v == "0.0.0.0/0" ? SlashZeroHalves : [v]);
            block[key] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
    }

    private static void LiteralVariables(JsonObject request)
    {
        foreach (var (element, policy) in CaseJson.Policies(request).ToList())
        {
            if ((string?)policy["Version"] == "2012-10-17") continue;
            var literal = JsonNode.Parse(policy.ToJsonString().Replace("${", "${$}{", StringComparison.Ordinal))!.AsObject();
            literal["Version"] = "2012-10-17";
            Replace(request, element, policy, literal);
        }
    }

    private static void Replace(JsonObject request, string element, JsonObject old, JsonObject replacement)
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

    /// <summary>
    /// Rewrites every NotPrincipal to a list iam-simulate reads the way Vigil does for this caller: when Vigil excludes the caller,
    /// every identity that makes up the caller (account, own ARN, and the role or IAM user behind a session); otherwise the
    /// original list without any of them.
    /// </summary>
    private static void RewriteNotPrincipals(JsonObject request)
    {
        var identities = CallerIdentities(CaseJson.Principal(request));
        foreach (var statement in CaseJson.Statements((JsonObject)request["resourcePolicy"]!))
        {
            if (statement["NotPrincipal"] is not { } element) continue;
            if (VigilExcludes(request, element))
            {
                statement["NotPrincipal"] = identities.Count == 0
                    ? JsonValue.Create("*")
                    : new JsonObject { [identities[0].Contains('.', StringComparison.Ordinal) ? "Service" : "AWS"] = new JsonArray(identities.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) };
                continue;
            }

            var kept = new JsonObject();
            if (element is JsonObject kinds)
            {
                foreach (var (kind, values) in kinds)
                {
                    var left = CaseJson.Strings(values).Where(v => v != "*" && !identities.Contains(v, StringComparer.Ordinal) && !NamesCallerRole(v, request)).ToList();
                    if (left.Count > 0) kept[kind] = new JsonArray(left.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
                }
            }

            statement["NotPrincipal"] = kept.Count > 0 ? kept : new JsonObject { ["AWS"] = $"arn:aws:iam::{CaseVocabulary.Stranger}:user/nobody" };
        }
    }

    /// <summary>Whether Vigil's engine takes this NotPrincipal to exclude the caller: a Deny with it denies the caller otherwise.</summary>
    private static bool VigilExcludes(JsonObject request, JsonNode notPrincipal)
    {
        var principal = CaseJson.Principal(request);
        var probe = new JsonObject
        {
            ["principal"] = principal,
            ["action"] = "vigil:Probe",
            ["resource"] = "arn:aws:vigil:::probe",
            ["resourceAccount"] = principal.StartsWith("arn:", StringComparison.Ordinal) ? principal.Split(':')[4] : CaseVocabulary.Home,
            ["resourcePolicy"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Deny", ["NotPrincipal"] = notPrincipal.DeepClone(), ["Action"] = "*", ["Resource"] = "*" }),
            },
        };
        return VigilDecider.Decide(probe) != "explicitDeny";
    }

    private static List<string> CallerIdentities(string principal)
    {
        if (!principal.StartsWith("arn:", StringComparison.Ordinal)) return principal.Contains('.', StringComparison.Ordinal) ? [principal] : [];
        var parts = principal.Split(':', 6);
        var account = parts[4];
        var resource = parts[5];
        var identities = new List<string> { account, $"arn:aws:iam::{account}:root" };
        if (resource == "root") return identities;
        identities.Add(principal);
        if (resource.StartsWith("assumed-role/", StringComparison.Ordinal)) identities.Add($"arn:aws:iam::{account}:role/{resource.Split('/')[1]}");
        if (resource.StartsWith("federated-user/", StringComparison.Ordinal)) identities.Add($"arn:aws:iam::{account}:user/{resource.Split('/')[1]}");
        return identities;
    }

    /// <summary>A role ARN (any path) whose name is the role of the calling session or role.</summary>
    private static bool NamesCallerRole(string value, JsonObject request)
    {
        var principal = CaseJson.Principal(request);
        if (!value.Contains(":role/", StringComparison.Ordinal) || !principal.StartsWith("arn:", StringComparison.Ordinal)) return false;
        var parts = principal.Split(':', 6);
        var role = parts[5].StartsWith("assumed-role/", StringComparison.Ordinal) ? parts[5].Split('/')[1]
            : parts[5].StartsWith("role/", StringComparison.Ordinal) ? parts[5].Split('/')[^1] : null;
        return role is not null && value.StartsWith($"arn:aws:iam::{parts[4]}:role/", StringComparison.Ordinal)
            && string.Equals(value.Split('/')[^1], role, StringComparison.OrdinalIgnoreCase);
    }
}
