using System.Text.Json.Nodes;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>The documented differences between iam-simulate and AWS (docs/iam-divergences.md, "Divergence ids"), each with a rewrite that removes it.</summary>
internal static class KnownDivergences
{
    public static readonly IReadOnlyList<Divergence> All =
    [
        new("root-user-needs-no-identity-policy",
            r => CaseJson.Principal(r).EndsWith(":root", StringComparison.Ordinal),
            r => With(r, c => ((JsonArray)c["identityPolicies"]!).Add(CaseJson.AllowEverythingPolicy()))),
        new("rcp-unsupported-service",
            r => r["rcps"] is JsonArray && !(ActionCatalog.BuiltIn.TryGetService(CaseJson.Service(r), out var s) && s.SupportsResourceControlPolicies),
            r => With(r, c => c["rcps"] = null)),
        new("rcp-service-linked-role",
            r => r["rcps"] is JsonArray && IsServiceLinkedRole(CaseJson.Principal(r)),
            r => With(r, c => c["rcps"] = null)),
        new("rcp-kms-retire-grant",
            r => r["rcps"] is JsonArray && string.Equals(CaseJson.Action(r), "kms:RetireGrant", StringComparison.OrdinalIgnoreCase),
            r => With(r, c => c["rcps"] = null)),
        new("scp-service-linked-role",
            r => r["scps"] is JsonArray && IsServiceLinkedRole(CaseJson.Principal(r)),
            r => With(r, c => c["scps"] = null)),
        new("federated-session-without-session-policy",
            r => r["sessionPolicy"] is null && CaseJson.Principal(r).Contains(":federated-user/", StringComparison.Ordinal),
            r => With(r, c => c["sessionPolicy"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Action"] = "vigil:NothingIsAllowed", ["Resource"] = "*" }),
            })),
        new("session-policy-direct-session-grant",
            r => r["sessionPolicy"] is JsonObject && r["resourcePolicy"] is JsonObject && IsSession(CaseJson.Principal(r)),
            r => With(r, c => Statements((JsonObject)c["sessionPolicy"]!).Add(new JsonObject { ["Effect"] = "Allow", ["Action"] = CaseJson.Action(c), ["Resource"] = "*" }))),
        new("date-epoch-seconds", ConditionRewrites.UsesEpochDate, r => With(r, ConditionRewrites.EpochToIso)),
        new("ip-v4-slash-zero",
            r => CaseJson.Conditions(r).Any(c => c.Operator.Contains("IpAddress", StringComparison.Ordinal) && CaseJson.Strings(c.Block[c.Key]).Contains("0.0.0.0/0")),
            r => With(r, ConditionRewrites.SplitSlashZero)),
        new("policy-version-2008-variables",
            r => CaseJson.Policies(r).Any(p => (string?)p.Policy["Version"] != "2012-10-17" && p.Policy.ToJsonString().Contains("${", StringComparison.Ordinal)),
            r => With(r, VariableRewrites.LiteralVariables)),
        new("set-operator-ifexists-missing-key",
            r => ConditionRewrites.MissingKeyConditions(r).Any(ConditionRewrites.IsForAnyValueIfExists),
            r => With(r, c => ConditionRewrites.RemoveConditions(c, ConditionRewrites.MissingKeyConditions(c).Where(ConditionRewrites.IsForAnyValueIfExists).ToList()))),
        new("ip-bare-address-other-family",
            r => CaseJson.Conditions(r).Any(c => c.Operator.Contains("IpAddress", StringComparison.Ordinal) && CaseJson.Strings(c.Block[c.Key]).Any(v => !v.Contains('/', StringComparison.Ordinal))),
            r => With(r, ConditionRewrites.BareAddressesToCidrs)),
        new("unresolved-variable-negated-condition",
            r => CaseJson.Conditions(r).Any(c => VariableRewrites.IsNegated(c.Operator) && CaseJson.Strings(c.Block[c.Key]).Any(v => VariableRewrites.HasUnresolvedVariable(v, r))),
            r => With(r, VariableRewrites.ReplaceUnresolvedNegatedValues)),
        new("unresolved-variable-not-resource",
            r => VariableRewrites.NotResourceEntries(r).Any(e => VariableRewrites.HasUnresolvedVariable(e, r)),
            r => With(r, VariableRewrites.ReplaceUnresolvedNotResources)),
        new("federated-session-name-is-not-iam-user",
            r => PrincipalRewrites.FederatedUserArn(r) is { } user && PrincipalRewrites.ResourcePolicyPrincipals(r).Contains(user),
            r => With(r, PrincipalRewrites.RenameFederatedUser)),
        new("variable-in-resource-type-prefix",
            r => VariableRewrites.ResourceEntries(r).Any(VariableRewrites.VariableBeforeIdSeparator),
            r => With(r, VariableRewrites.ResolveLeadingVariables)),
        new("not-principal-partial-listing",
            r => r["resourcePolicy"] is JsonObject policy && CaseJson.Statements(policy).Any(s => s["NotPrincipal"] is not null),
            r => With(r, PrincipalRewrites.RewriteNotPrincipals)),
    ];

    internal static JsonObject With(JsonObject request, Action<JsonObject> change)
    {
        var copy = (JsonObject)request.DeepClone();
        change(copy);
        return copy;
    }

    internal static JsonArray Statements(JsonObject policy)
    {
        if (policy["Statement"] is JsonArray list) return list;
        var single = policy["Statement"]!.DeepClone();
        var wrapped = new JsonArray(single);
        policy["Statement"] = wrapped;
        return wrapped;
    }

    internal static bool IsServiceLinkedRole(string principal) =>
        principal.Contains(":assumed-role/AWSServiceRoleFor", StringComparison.Ordinal) || principal.Contains(":role/aws-service-role/", StringComparison.Ordinal);

    internal static bool IsSession(string principal) =>
        principal.Contains(":assumed-role/", StringComparison.Ordinal) || principal.Contains(":federated-user/", StringComparison.Ordinal);
}
