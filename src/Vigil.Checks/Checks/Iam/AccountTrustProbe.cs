using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine which accounts outside the trusted set may assume a role. Candidate callers come from
/// what the trust policy names (AWS principals, aws:PrincipalAccount and aws:PrincipalArn condition values); each is
/// asked with no context and with the context it would present as the party the policy trusts: its own identity,
/// MFA, TLS and any external id the policy names (one given to that party).</summary>
internal static class AccountTrustProbe
{
    /// <summary>The accounts, outside the snapshot's accounts and <see cref="CheckSettings.TrustedAccounts"/>, whose
    /// principals may assume the role, in order of mention. Candidates are derived once per document; the engine is
    /// asked once per role account and document, and only when the document names an account outside the trusted set.</summary>
    public static IReadOnlyList<string> UntrustedAccounts(CheckContext context, Policy trust, string document, string roleArn, string roleAccount)
    {
        var (candidates, externalIds) = CompiledPolicies.Derived(context, "trust-candidates", document, _ => (Candidates(trust), ExternalIds(trust)));
        var trusted = TrustedAccounts(context);
        if (candidates.Keys.All(account => account == roleAccount || trusted.Contains(account))) return [];
        return CompiledPolicies.Derived(context, "untrusted-accounts", roleAccount, document, () =>
        {
            var untrusted = new List<string>();
            foreach (var (account, callers) in candidates)
            {
                if (account == roleAccount || trusted.Contains(account)) continue;
                if (callers.Any(caller => Admitted(context, trust, roleArn, roleAccount, account, caller, externalIds))) untrusted.Add(account);
            }

            return untrusted.ToArray();
        });
    }

    private static bool Admitted(CheckContext context, Policy trust, string roleArn, string roleAccount, string account, string caller, IReadOnlyList<string?> externalIds) =>
        AssumeRoleProbe.Allowed(trust, roleArn, roleAccount, caller, AssumeRoleProbe.AssumeRole)
        || externalIds.Any(id => AssumeRoleProbe.Allowed(trust, roleArn, roleAccount, caller, AssumeRoleProbe.AssumeRole,
            AssumeRoleProbe.CallerContext(account, caller, context, id)));

    /// <summary>The external ids the policy names (one was given to the trusted party), or a single "none".</summary>
    private static List<string?> ExternalIds(Policy trust) =>
        trust.NamedConditionValues("sts:ExternalId").Distinct(StringComparer.Ordinal).Cast<string?>().DefaultIfEmpty(null).ToList();

    private static HashSet<string> TrustedAccounts(CheckContext context) =>
        context.Index.Computed("trusted-accounts", snapshot => snapshot.Accounts.Select(a => a.AccountId)
            .Concat(context.Settings.TrustedAccounts).ToHashSet(StringComparer.Ordinal));

    /// <summary>Accounts the policy names, each with the callers to ask about: the principal ARNs it names in that account,
    /// or, for a whole account, a role and a user of it.</summary>
    private static Dictionary<string, List<string>> Candidates(Policy trust)
    {
        var candidates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var principal in trust.NamedPrincipals.Where(p => p.Type == "AWS")) Add(candidates, principal.Value);
        foreach (var account in trust.NamedConditionValues("aws:PrincipalAccount")) Add(candidates, account);
        foreach (var arn in trust.NamedConditionValues("aws:PrincipalArn")) Add(candidates, arn);
        return candidates;
    }

    private static void Add(Dictionary<string, List<string>> candidates, string named)
    {
        if (AssumeRoleProbe.IsAccountId(named))
        {
            AddAccount(candidates, named);
            return;
        }

        var parts = named.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || !AssumeRoleProbe.IsAccountId(parts[4])) return;
        var resource = parts[5];
        var identity = (parts[2] == "iam" && (resource.StartsWith("role/", StringComparison.Ordinal) || resource.StartsWith("user/", StringComparison.Ordinal)))
            || (parts[2] == "sts" && resource.StartsWith("assumed-role/", StringComparison.Ordinal));
        if (!identity)
        {
            AddAccount(candidates, parts[4]);
            return;
        }

        var concrete = named.Replace("*", "vigil-probe", StringComparison.Ordinal).Replace('?', 'x');
        Callers(candidates, parts[4]).Add(concrete);
    }

    private static void AddAccount(Dictionary<string, List<string>> candidates, string account)
    {
        var callers = Callers(candidates, account);
        callers.Add($"arn:aws:iam::{account}:role/vigil-probe");
        callers.Add($"arn:aws:iam::{account}:user/vigil-probe");
    }

    private static List<string> Callers(Dictionary<string, List<string>> candidates, string account)
    {
        if (!candidates.TryGetValue(account, out var callers)) candidates[account] = callers = [];
        return callers;
    }
}
