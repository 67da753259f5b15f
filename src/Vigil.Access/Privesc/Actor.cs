using Vigil.Access.Principals;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>A user or role as an attacker acting as it: the principal ARN its requests carry (a role session for a role),
/// its policies, its request context, and the condition keys and values its policies name that the attacker chooses.</summary>
internal sealed class Actor
{
    private const int MaxVariants = 12;

    private readonly string? _organizationId;
    private readonly DateTimeOffset _now;

    public Actor(int index, PrincipalPolicies policies, string? organizationId, DateTimeOffset now, ActionPrefilters prefilters)
    {
        Index = index;
        Policies = policies;
        Principal = policies.Principal;
        RequestPrincipal = Principal is IamRole role
            ? $"arn:aws:sts::{role.AccountId}:assumed-role/{role.Name}/vigil-privesc"
            : Principal.Arn;
        _organizationId = organizationId;
        _now = now;
        Prefilter = prefilters.For(policies.IdentityPolicies);
    }

    public int Index { get; }

    public PrincipalPolicies Policies { get; }

    public Resource Principal { get; }

    public string Arn => Principal.Arn;

    public string AccountId => Principal.AccountId;

    public bool IsUser => Principal is IamUser;

    public IamUser? User => Principal as IamUser;

    public IamRole? Role => Principal as IamRole;

    /// <summary>Service-linked roles and roles under /aws-reserved/ cannot be changed, passed or assumed by customers.</summary>
    public bool IsProtectedRole => Principal is IamRole role && (role.IsServiceLinked || role.Path.StartsWith("/aws-reserved/", StringComparison.Ordinal));

    public string RequestPrincipal { get; }

    /// <summary>Built when first asked for (most principals are settled by the prefilter alone); a race builds it twice, alike.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context => field ??= AttackerContext.For(Principal, _organizationId, _now);

    public ActionPrefilter Prefilter { get; }

    /// <summary>Sets of attacker-chosen key values to try, the empty set (every such key absent) first.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Variants => field ??= ChosenValueVariants(
        Policies.PermissionsBoundary is { } boundary ? [.. Policies.IdentityPolicies, boundary] : Policies.IdentityPolicies);

    /// <summary>The Resource patterns its identity policies name, for choosing names of resources it creates.</summary>
    public IReadOnlyList<string> NamedResources =>
        field ??= [.. Policies.IdentityPolicies.SelectMany(p => p.NamedResources).Distinct(StringComparer.Ordinal)];

    public bool MayAllow(string action) => Prefilter.MayAllow(action);

    /// <summary>Resource-independent decisions already asked for this actor.</summary>
    public ActorCache Cache { get; } = new();

    private static List<IReadOnlyDictionary<string, string>> ChosenValueVariants(IReadOnlyList<Policy> policies)
    {
        var variants = new List<IReadOnlyDictionary<string, string>> { new Dictionary<string, string>() };
        var choices = new List<(string Key, string Value)>();
        foreach (var policy in policies)
        {
            foreach (var key in PolicyActionMentions.Of(policy).ConditionKeys)
            {
                if (!AttackerContext.IsChosenByAttacker(key)) continue;
                foreach (var value in policy.NamedConditionValues(key))
                {
                    if (!choices.Contains((key, value))) choices.Add((key, value));
                }
            }
        }
        if (choices.Count == 0) return variants;
        var firstOfEach = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in choices) firstOfEach.TryAdd(key, value);
        variants.Add(firstOfEach);
        foreach (var (key, value) in choices.Take(MaxVariants - 2))
        {
            variants.Add(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [key] = value });
        }
        return variants;
    }
}
