using Vigil.Iam.Evaluation;
using Vigil.Iam.Policies;

namespace Vigil.Iam;

/// <summary>What a policy names that an exposure analysis must put to the evaluator: the accounts and principal ARNs its
/// Allow statements name (in Principal, and account ids or ARNs in condition values), the resource patterns their Resource
/// elements name, and whether any statement is limited to particular resources (then its decisions depend on the resource
/// ARN asked about).</summary>
public sealed class PolicyMentions
{
    private PolicyMentions(IReadOnlyList<string> accounts, IReadOnlyList<string> principalArns, IReadOnlyList<string> resourcePatterns,
        bool namesResources, bool hasAllow)
    {
        HasAllow = hasAllow;
        Accounts = accounts;
        PrincipalArns = principalArns;
        ResourcePatterns = resourcePatterns;
        NamesResources = namesResources;
    }

    /// <summary>Whether the policy has an Allow statement; a resource policy without one grants nothing by itself.</summary>
    public bool HasAllow { get; }

    /// <summary>Twelve-digit account ids, in order of first mention.</summary>
    public IReadOnlyList<string> Accounts { get; }

    /// <summary>Principal ARNs (users, roles, sessions) named in the Principal element of Allow statements.</summary>
    public IReadOnlyList<string> PrincipalArns { get; }

    /// <summary>The patterns, other than "*", in the Resource elements of Allow statements, as written.</summary>
    public IReadOnlyList<string> ResourcePatterns { get; }

    /// <summary>Whether some statement has a Resource or NotResource element other than "*".</summary>
    public bool NamesResources { get; }

    public static PolicyMentions Of(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var accounts = new List<string>();
        var arns = new List<string>();
        var patterns = new List<string>();
        var namesResources = false;
        var hasAllow = false;
        foreach (var statement in policy.Statements)
        {
            namesResources |= statement.Resources is { CoversEverything: false };
            if (!statement.IsAllow) continue;
            hasAllow = true;
            if (statement.Resources is { } resources && !statement.NotResource)
            {
                foreach (var pattern in resources.Sources)
                {
                    if (pattern != "*") AddDistinct(patterns, pattern);
                }
            }

            if (statement.Principals is { } principals && !statement.NotPrincipal)
            {
                foreach (var account in principals.Accounts) AddDistinct(accounts, account);
                foreach (var arn in principals.Arns)
                {
                    if (!Arn.IsAccountId(Arn.Field(arn, 4))) continue;
                    AddDistinct(arns, arn);
                    AddDistinct(accounts, Arn.Field(arn, 4).ToString());
                }
            }

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

        return new PolicyMentions(accounts, arns, patterns, namesResources, hasAllow);
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }
}
