using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Organizations;
using Vigil.Iam;

namespace Vigil.Access.Organizations;

/// <summary>Arranges a snapshot's SCPs and RCPs into the levels that apply to each account. The management account is
/// never restricted by them; an account in an organization whose policies or place were not collected gets no levels
/// and a problem saying so, so an answer is never quietly wider than the truth without notice.</summary>
public sealed class OrganizationPolicyReader
{
    private readonly Snapshot _snapshot;
    private readonly Dictionary<string, Policy?> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationLevels> _levels = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public OrganizationPolicyReader(Snapshot snapshot) => _snapshot = snapshot;

    public OrganizationLevels For(string accountId)
    {
        lock (_lock)
        {
            if (!_levels.TryGetValue(accountId, out var levels)) _levels[accountId] = levels = Build(accountId);
            return levels;
        }
    }

    private OrganizationLevels Build(string accountId)
    {
        var account = _snapshot.Accounts.FirstOrDefault(a => a.AccountId == accountId);
        if (account?.OrganizationId is null || account.IsOrganizationManagementAccount == true) return OrganizationLevels.None;
        if (account.OrganizationParents is not { } parents)
            return new OrganizationLevels(null, null, [$"account {accountId} is in organization {account.OrganizationId}, but its place in the organization was not collected, so its SCPs and RCPs are not applied"]);
        if (_snapshot.OrganizationPolicies.Count == 0)
            return new OrganizationLevels(null, null, [$"account {accountId} is in organization {account.OrganizationId}, but the organization's SCPs and RCPs were not collected, so they are not applied"]);

        var problems = new List<string>();
        var targets = parents.Append(accountId).ToList();
        return new OrganizationLevels(
            LevelsOf(OrganizationPolicy.ServiceControlPolicy, targets, problems),
            LevelsOf(OrganizationPolicy.ResourceControlPolicy, targets, problems),
            problems);
    }

    private List<IReadOnlyList<Policy>>? LevelsOf(string policyType, List<string> targets, List<string> problems)
    {
        var ofType = _snapshot.OrganizationPolicies.Where(p => p.PolicyType == policyType).ToList();
        if (ofType.Count == 0) return null;
        var levels = new List<IReadOnlyList<Policy>>(targets.Count);
        foreach (var target in targets)
        {
            var level = new List<Policy>();
            foreach (var policy in ofType.Where(p => p.Targets.Contains(target)))
            {
                if (Compile(policy) is { } compiled) level.Add(compiled);
                else problems.Add($"{policy.Name} ({policy.Arn}) could not be read or parsed and is left out");
            }
            levels.Add(level);
        }
        return levels;
    }

    private Policy? Compile(OrganizationPolicy policy)
    {
        if (_compiled.TryGetValue(policy.Arn, out var compiled)) return compiled;
        compiled = null;
        if (policy.Document is { } document)
        {
            try
            {
                compiled = Policy.Parse(document, policy.Arn);
            }
            catch (PolicyParseException)
            {
                compiled = null;
            }
        }
        return _compiled[policy.Arn] = compiled;
    }
}
