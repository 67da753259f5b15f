using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Iam.Discovery;

namespace Vigil.Access.WhoCan;

/// <summary>Which of a user's groups a granting identity statement comes from, by the policy source names
/// <see cref="Principals.PrincipalDirectory"/> gives ("inline NAME of group/GROUP", or a managed policy ARN attached to the group).</summary>
internal sealed class GroupGrants
{
    private readonly Dictionary<(string Account, string Name), IamGroup> _groups = [];

    public GroupGrants(Snapshot snapshot)
    {
        foreach (var group in snapshot.IamGroups) _groups.TryAdd((group.AccountId, group.Name), group);
    }

    public IReadOnlyList<IamGroup> GroupsGranting(IamUser user, IReadOnlyList<StatementMatch> grants)
    {
        var sources = grants.Where(g => g.Policy.StartsWith("identity[", StringComparison.Ordinal)).Select(g => g.PolicySource).ToHashSet(StringComparer.Ordinal);
        var granting = new List<IamGroup>();
        foreach (var name in user.Groups)
        {
            if (!_groups.TryGetValue((user.AccountId, name), out var group)) continue;
            var inline = group.InlinePolicies.Any(p => sources.Contains($"inline {p.PolicyName} of group/{group.Name}"));
            var attached = group.AttachedPolicies.Any(p => sources.Contains(p.PolicyArn));
            if (inline || attached) granting.Add(group);
        }

        return granting;
    }
}
