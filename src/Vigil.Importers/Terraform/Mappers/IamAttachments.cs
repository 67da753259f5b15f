using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>The policies of an IAM role, user or group: inline policies (aws_iam_KIND_policy) and managed policies
/// attached by aws_iam_KIND_policy_attachment, aws_iam_policy_attachment (roles/users/groups lists) or, for roles,
/// the inline_policy blocks and managed_policy_arns argument.</summary>
internal static class IamAttachments
{
    /// <summary>The IAM resource types whose instances attach a managed policy, with the attribute naming the identity.</summary>
    public static readonly (string Type, string Attribute)[] Attachments =
    [
        ("aws_iam_role_policy_attachment", "role"),
        ("aws_iam_user_policy_attachment", "user"),
        ("aws_iam_group_policy_attachment", "group"),
        ("aws_iam_policy_attachment", "roles"),
        ("aws_iam_policy_attachment", "users"),
        ("aws_iam_policy_attachment", "groups"),
    ];

    public static List<InlinePolicy> Inline(PlanInstance identity, string kind, MappingContext context, Unknowns unknowns)
    {
        var policies = new List<InlinePolicy>();
        foreach (var policy in context.Joined(identity, $"aws_iam_{kind}_policy", kind))
        {
            var document = context.Read(policy, "policy");
            if (unknowns.Track("InlinePolicies", document) || document.String is not { } json) continue;
            policies.Add(new InlinePolicy(context.Read(policy, "name").String ?? policy.Address, json));
        }
        if (kind != "role") return policies;
        var blocks = context.Read(identity, "inline_policy");
        for (var i = 0; i < blocks.Items.Count; i++)
        {
            var document = context.Read(identity, $"inline_policy[{i}].policy");
            if (unknowns.Track("InlinePolicies", document) || document.String is not { Length: > 0 } json) continue;
            policies.Add(new InlinePolicy(context.Read(identity, $"inline_policy[{i}].name").String ?? $"{identity.Address}.inline_policy[{i}]", json));
        }
        return policies;
    }

    public static List<AttachedPolicy> Attached(PlanInstance identity, string kind, MappingContext context, Unknowns unknowns)
    {
        var attached = new List<AttachedPolicy>();
        foreach (var attachment in context.Joined(identity, $"aws_iam_{kind}_policy_attachment", kind))
            Add(attached, context.Read(attachment, "policy_arn"), context, unknowns);
        foreach (var attachment in context.Index.OfType("aws_iam_policy_attachment"))
        {
            if (Names(attachment, kind + "s", identity, context))
                Add(attached, context.Read(attachment, "policy_arn"), context, unknowns);
        }
        if (kind == "role")
        {
            var arns = context.Read(identity, "managed_policy_arns");
            if (!unknowns.Track("AttachedPolicies", arns))
            {
                foreach (var arn in arns.Strings) attached.Add(new AttachedPolicy(PolicyName(arn), arn));
                if (arns.Kind == PlanValueKind.Reference)
                {
                    foreach (var policy in arns.AllReferenced!) attached.Add(new AttachedPolicy(context.Identity(policy).Name, context.Identity(policy).Arn));
                }
            }
        }
        return attached.DistinctBy(p => p.PolicyArn).ToList();
    }

    /// <summary>Whether a list attribute (roles, users, groups, members) names the identity, by reference or by name.</summary>
    public static bool Names(PlanInstance holder, string attribute, PlanInstance identity, MappingContext context)
    {
        var value = context.Read(holder, attribute);
        return value.Kind == PlanValueKind.Reference
            ? value.AllReferenced!.Contains(identity)
            : value.Strings.Contains(context.Identity(identity).Name);
    }

    public static string PolicyName(string arn) => arn[(arn.LastIndexOf('/') + 1)..];

    private static void Add(List<AttachedPolicy> attached, PlanValue arn, MappingContext context, Unknowns unknowns)
    {
        if (unknowns.Track("AttachedPolicies", arn)) return;
        if (arn.Referenced is { } policy) attached.Add(new AttachedPolicy(context.Identity(policy).Name, context.Identity(policy).Arn));
        else if (arn.String is { } known) attached.Add(new AttachedPolicy(PolicyName(known), known));
    }
}
