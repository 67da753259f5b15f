using Vigil.Iam.Evaluation;
using Vigil.Iam.Policies;

namespace Vigil.Iam;

/// <summary>What a policy names that an exposure analysis must put to the evaluator: the accounts and principal ARNs its
/// Allow statements name (in Principal, and account ids or ARNs in condition values), and the resource patterns its
/// statements name (when there are any, its decisions depend on the resource ARN asked about).</summary>
public sealed class PolicyMentions
{
    private PolicyMentions(IReadOnlyList<string> accounts, IReadOnlyList<string> principalAccounts, IReadOnlyList<string> principalArns,
        IReadOnlyList<string> resourcePatterns, bool hasAllow, bool hasOpenAllow)
    {
        HasAllow = hasAllow;
        HasOpenAllow = hasOpenAllow;
        PrincipalAccounts = principalAccounts;
        Accounts = accounts;
        PrincipalArns = principalArns;
        ResourcePatterns = resourcePatterns;
    }

    /// <summary>Whether the policy has an Allow statement; a resource policy without one grants nothing by itself.</summary>
    public bool HasAllow { get; }

    /// <summary>Whether some Allow statement does not limit who it applies to: no Principal element, a NotPrincipal, or a
    /// principal that matches everyone ("*", {"AWS": "*"}). Without one, only the principals the policy names can be allowed.</summary>
    public bool HasOpenAllow { get; }

    /// <summary>Twelve-digit account ids named in the Principal element of Allow statements (bare, as a root ARN, or as
    /// the account of a principal ARN).</summary>
    public IReadOnlyList<string> PrincipalAccounts { get; }

    /// <summary>Twelve-digit account ids, in order of first mention: <see cref="PrincipalAccounts"/> and those in
    /// condition values of Allow statements.</summary>
    public IReadOnlyList<string> Accounts { get; }

    /// <summary>Principal ARNs (users, roles, sessions) named in the Principal element of Allow statements.</summary>
    public IReadOnlyList<string> PrincipalArns { get; }

    /// <summary>The patterns, other than "*", in the Resource and NotResource elements of every statement, as written.</summary>
    public IReadOnlyList<string> ResourcePatterns { get; }

    /// <summary>Whether some statement is limited to particular resources (a Resource or NotResource element other than "*").</summary>
    public bool NamesResources => ResourcePatterns.Count > 0;

    public static PolicyMentions Of(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Mentions ??= Build(policy);
    }

    private static PolicyMentions Build(Policy policy)
    {
        var accounts = new List<string>();
        var arns = new List<string>();
        var patterns = new List<string>();
        var hasAllow = false;
        var hasOpenAllow = false;
        var principalAccounts = new List<string>();
        foreach (var statement in policy.Statements)
        {
            if (statement.Resources is not null)
            {
                foreach (var pattern in statement.ResourceValues)
                {
                    if (pattern != "*") AddDistinct(patterns, pattern);
                }
            }

            if (!statement.IsAllow) continue;
            hasAllow = true;
            hasOpenAllow |= statement.Principals is not { Any: false } || statement.NotPrincipal;
            if (!statement.NotPrincipal)
            {
                foreach (var principal in statement.PrincipalValues)
                {
                    if (principal.Type != "AWS") continue;
                    var value = principal.Value;
                    if (Arn.IsAccountId(value))
                    {
                        AddDistinct(principalAccounts, value);
                        continue;
                    }

                    if (!value.StartsWith("arn:", StringComparison.Ordinal) || !Arn.IsAccountId(Arn.Field(value, 4))) continue;
                    if (!Arn.Field(value, 5).SequenceEqual("root")) AddDistinct(arns, value);
                    AddDistinct(principalAccounts, Arn.Field(value, 4).ToString());
                }
            }

            foreach (var account in principalAccounts) AddDistinct(accounts, account);

            foreach (var condition in statement.Conditions)
            {
                foreach (var value in condition.LiteralValues)
                {
                    if (Arn.IsAccountId(value)) AddDistinct(accounts, value);
                    else if (value.StartsWith("arn:", StringComparison.Ordinal) && Arn.IsAccountId(Arn.Field(value, 4)))
                        AddDistinct(accounts, Arn.Field(value, 4).ToString());
                }
            }
        }

        return new PolicyMentions(accounts, principalAccounts, arns, patterns, hasAllow, hasOpenAllow);
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }
}
