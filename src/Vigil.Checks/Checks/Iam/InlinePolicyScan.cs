using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Visits the inline policies of an account's IAM users, groups and roles, noting the identities whose inline
/// policies were not collected.</summary>
internal static class InlinePolicyScan
{
    /// <param name="visit">Called with the identity's kind (user, group, role), the identity and one of its inline policies.</param>
    public static void Run(CheckContext context, string accountId, Action<string, Resource, InlinePolicy> visit, List<string> problems)
    {
        Visit(context.Index.InAccount<IamUser>(accountId), "user", u => u.InlinePolicies, visit, problems);
        Visit(context.Index.InAccount<IamGroup>(accountId), "group", g => g.InlinePolicies, visit, problems);
        Visit(context.Index.InAccount<IamRole>(accountId), "role", r => r.InlinePolicies, visit, problems);
    }

    private static void Visit<T>(IEnumerable<T> identities, string kind, Func<T, IReadOnlyList<InlinePolicy>> inline,
        Action<string, Resource, InlinePolicy> visit, List<string> problems)
        where T : Resource
    {
        foreach (var identity in identities)
        {
            if (identity.Unreadable.Contains("InlinePolicies", StringComparer.OrdinalIgnoreCase))
                problems.Add($"the inline policies of {kind} {identity.Name} were not collected");
            foreach (var policy in inline(identity)) visit(kind, identity, policy);
        }
    }
}
