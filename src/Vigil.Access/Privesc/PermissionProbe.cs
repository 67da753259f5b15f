using System.Collections.Concurrent;
using System.Globalization;
using Vigil.Access.Organizations;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Puts one permission question to the IAM engine for an actor, with its identity policies, boundary and SCPs,
/// the RCPs of the resource's account and, when given, the resource's policy; tries the attacker-chosen request values
/// of the actor's policies and returns the first allowed request with the statements that allowed it.</summary>
internal sealed class PermissionProbe(OrganizationPolicyReader organizations)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<Policy>>?> _rcps = new(StringComparer.Ordinal);

    private IReadOnlyList<IReadOnlyList<Policy>>? RcpsOf(string account) => _rcps.GetOrAdd(account, a => organizations.For(a).Rcps);

    /// <summary>The first allowed request, or null. <paramref name="resourcePolicyLabel"/> names the resource policy in the
    /// statements (a trust policy shared by several roles is compiled once).</summary>
    public GrantedPermission? Allowed(
        Actor actor,
        string action,
        string resource,
        string resourceAccount,
        IReadOnlyDictionary<string, string>? setValues = null,
        Policy? resourcePolicy = null,
        IReadOnlyDictionary<string, string>? resourceTags = null,
        PolicySet? policies = null,
        string? resourcePolicyLabel = null)
    {
        var label = resourcePolicyLabel ?? resourcePolicy?.Source;
        if (policies is not null || actor.Index < 0)
            return Ask(actor, action, resource, resourceAccount, setValues, resourcePolicy, resourceTags, policies, label);

        var service = ResourceIndependence.ServiceOf(resource);
        var cache = actor.Cache;
        if (!cache.Independence.TryGetValue((service, resourceAccount, resourcePolicy), out var independent))
        {
            independent = ResourceIndependence.Holds(Involved(actor, resourcePolicy, RcpsOf(resourceAccount)), service);
            cache.Independence[(service, resourceAccount, resourcePolicy)] = independent;
        }
        if (!independent) return Ask(actor, action, resource, resourceAccount, setValues, resourcePolicy, resourceTags, policies, label);

        var values = setValues is null ? "" : string.Join("\n", setValues.Select(kv => kv.Key + "=" + kv.Value));
        if (!cache.Decisions.TryGetValue((action, resourceAccount, service, values, resourcePolicy), out var cached))
        {
            cached = Ask(actor, action, resource, resourceAccount, setValues, resourcePolicy, null, null, "resource policy");
            cache.Decisions[(action, resourceAccount, service, values, resourcePolicy)] = cached;
        }
        if (cached is null) return null;
        if (cached.Resource == resource) return cached;
        return cached with
        {
            Resource = resource,
            Statements = [.. cached.Statements.Select(s => s.StartsWith("resource policy", StringComparison.Ordinal) ? label + s["resource policy".Length..] : s)],
        };
    }

    private static IEnumerable<Policy> Involved(Actor actor, Policy? resourcePolicy, IReadOnlyList<IReadOnlyList<Policy>>? rcps)
    {
        foreach (var level in rcps ?? []) foreach (var policy in level) yield return policy;
        foreach (var policy in actor.Policies.IdentityPolicies) yield return policy;
        if (actor.Policies.PermissionsBoundary is { } boundary) yield return boundary;
        foreach (var level in actor.Policies.Scps ?? []) foreach (var policy in level) yield return policy;
        if (resourcePolicy is not null) yield return resourcePolicy;
    }

    private GrantedPermission? Ask(
        Actor actor,
        string action,
        string resource,
        string resourceAccount,
        IReadOnlyDictionary<string, string>? setValues,
        Policy? resourcePolicy,
        IReadOnlyDictionary<string, string>? resourceTags,
        PolicySet? policies,
        string? resourcePolicyLabel)
    {
        var identity = policies?.Identity ?? actor.Policies.IdentityPolicies;
        var boundary = policies is null ? actor.Policies.PermissionsBoundary : policies.Boundary;
        var rcps = RcpsOf(resourceAccount);
        foreach (var variant in actor.Variants)
        {
            var context = new RequestContext(actor.Context);
            context.Set("aws:ResourceAccount", resourceAccount);
            if (resourceTags is not null)
            {
                foreach (var (key, value) in resourceTags)
                {
                    context.Set("aws:ResourceTag/" + key, value);
                    context.Set(ServiceOf(action) + ":ResourceTag/" + key, value);
                }
            }
            foreach (var (key, value) in variant) context.Set(key, value);
            if (setValues is not null)
            {
                foreach (var (key, value) in setValues) context.Set(key, value);
            }
            if (!context.ContainsKey("aws:RequestedRegion")) context.Set("aws:RequestedRegion", RegionOf(resource));

            var result = Evaluator.Evaluate(new AuthorizationRequest
            {
                Principal = actor.RequestPrincipal,
                Action = action,
                Resource = resource,
                ResourceAccount = resourceAccount,
                Context = context,
                IdentityPolicies = identity,
                PermissionsBoundary = boundary,
                ResourcePolicy = resourcePolicy,
                Scps = actor.Policies.Scps,
                Rcps = rcps,
            });
            if (result.Decision != Decision.Allowed) continue;

            var chosen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in variant) chosen[key] = value;
            if (setValues is not null)
            {
                foreach (var (key, value) in setValues) chosen[key] = value;
            }
            return new GrantedPermission(action, resource, chosen, Statements(result, identity, boundary, resourcePolicyLabel));
        }
        return null;
    }

    private static string ServiceOf(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? action : action[..colon];
    }

    private static string RegionOf(string arn)
    {
        var rest = arn.AsSpan();
        for (var i = 0; i < 3; i++)
        {
            var colon = rest.IndexOf(':');
            if (colon < 0) return "us-east-1";
            rest = rest[(colon + 1)..];
        }
        var end = rest.IndexOf(':');
        var region = end < 0 ? rest : rest[..end];
        return region.Length > 0 && !region.Contains('*') ? region.ToString() : "us-east-1";
    }

    private static List<string> Statements(AuthorizationResult result, IReadOnlyList<Policy> identity, Policy? boundary, string? resourcePolicyLabel)
    {
        var statements = new List<string>();
        foreach (var matched in result.MatchedStatements)
        {
            string? source = null;
            if (matched.Policy.StartsWith("identity[", StringComparison.Ordinal)
                && int.TryParse(matched.Policy.AsSpan(9, matched.Policy.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i < identity.Count)
                source = identity[i].Source;
            else if (matched.Policy == "resource") source = resourcePolicyLabel;
            else if (matched.Policy == "boundary") source = "boundary " + boundary?.Source;
            if (source is null) continue;
            var text = matched.Sid is { Length: > 0 } sid ? $"{source} statement {sid}" : source;
            if (!statements.Contains(text)) statements.Add(text);
        }
        return statements;
    }
}
