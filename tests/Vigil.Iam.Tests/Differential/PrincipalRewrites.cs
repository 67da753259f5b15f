using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Rewrites of the principals a resource policy names, for the NotPrincipal and federated-user divergences.</summary>
internal static class PrincipalRewrites
{
    /// <summary>For a federated-user session, the IAM user ARN of the same name (which iam-simulate takes to be the user who federated).</summary>
    internal static string? FederatedUserArn(JsonObject request)
    {
        var principal = CaseJson.Principal(request);
        var marker = principal.IndexOf(":federated-user/", StringComparison.Ordinal);
        if (marker < 0) return null;
        var account = principal.Split(':')[4];
        return $"arn:aws:iam::{account}:user/{principal[(marker + ":federated-user/".Length)..]}";
    }

    internal static HashSet<string> ResourcePolicyPrincipals(JsonObject request) =>
        request["resourcePolicy"] is JsonObject policy
            ? CaseJson.Statements(policy)
                .SelectMany(s => new[] { s["Principal"], s["NotPrincipal"] })
                .OfType<JsonObject>()
                .SelectMany(p => p.SelectMany(kind => CaseJson.Strings(kind.Value)))
                .ToHashSet(StringComparer.Ordinal)
            : [];

    internal static void RenameFederatedUser(JsonObject request)
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

    /// <summary>
    /// Rewrites every NotPrincipal to a list iam-simulate reads the way Vigil does for this caller: when Vigil excludes the caller,
    /// every identity that makes up the caller (account, own ARN, and the role or IAM user behind a session); otherwise the
    /// original list without any of them.
    /// </summary>
    internal static void RewriteNotPrincipals(JsonObject request)
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
    internal static bool VigilExcludes(JsonObject request, JsonNode notPrincipal)
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

    internal static List<string> CallerIdentities(string principal)
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
    internal static bool NamesCallerRole(string value, JsonObject request)
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
