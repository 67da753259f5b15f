using System.Text.Json.Nodes;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Organizations;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>organizations:ListParents (from the account up to the root), ListPolicies per type, DescribePolicy and
/// ListTargetsForPolicy from the snapshot's organization, as the management account would answer; an account in no
/// organization gets AWSOrganizationsNotInUseException.</summary>
internal static class OrganizationPoliciesScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var account = scope.Of<Account>().FirstOrDefault();
        if (account?.OrganizationId is null)
        {
            var notInUse = new FakeError("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.", 400);
            script.Fail("organizations", "ListParents", notInUse);
            script.Fail("organizations", "ListPolicies", notInUse);
            return;
        }

        if (account.OrganizationParents is { Count: > 0 } parents)
        {
            var chain = parents.Append(scope.AccountId).ToList();
            for (var i = chain.Count - 1; i > 0; i--)
            {
                var parent = chain[i - 1];
                script.Answer("organizations", "ListParents", new JsonObject
                {
                    ["Parents"] = new JsonArray(new JsonObject { ["Id"] = parent, ["Type"] = i == 1 ? "ROOT" : "ORGANIZATIONAL_UNIT" }),
                }, when: new JsonObject { ["ChildId"] = chain[i] });
            }
        }

        foreach (var type in new[] { OrganizationPolicy.ServiceControlPolicy, OrganizationPolicy.ResourceControlPolicy })
        {
            var policies = scope.Snapshot.OrganizationPolicies.Where(p => p.PolicyType == type).ToList();
            script.Answer("organizations", "ListPolicies", new JsonObject
            {
                ["Policies"] = new JsonArray([.. policies.Select(p => (JsonNode)Summary(p))]),
            }, when: new JsonObject { ["Filter"] = type });
            foreach (var policy in policies)
            {
                var id = new JsonObject { ["PolicyId"] = IdOf(policy) };
                script.Answer("organizations", "DescribePolicy", new JsonObject
                {
                    ["Policy"] = new JsonObject { ["PolicySummary"] = Summary(policy), ["Content"] = policy.Document },
                }, when: id);
                script.Answer("organizations", "ListTargetsForPolicy", new JsonObject
                {
                    ["Targets"] = new JsonArray([.. policy.Targets.Select(t => (JsonNode)new JsonObject { ["TargetId"] = t, ["Name"] = t, ["Type"] = TargetType(t) })]),
                }, when: (JsonObject)id.DeepClone());
            }
        }
    }

    private static JsonObject Summary(OrganizationPolicy policy) => new()
    {
        ["Id"] = IdOf(policy),
        ["Arn"] = policy.Arn,
        ["Name"] = policy.Name,
        ["Type"] = policy.PolicyType,
        ["AwsManaged"] = policy.AwsManaged,
    };

    private static string IdOf(OrganizationPolicy policy) => policy.Arn[(policy.Arn.LastIndexOf('/') + 1)..];

    private static string TargetType(string target) =>
        target.StartsWith("r-", StringComparison.Ordinal) ? "ROOT" : target.StartsWith("ou-", StringComparison.Ordinal) ? "ORGANIZATIONAL_UNIT" : "ACCOUNT";
}
