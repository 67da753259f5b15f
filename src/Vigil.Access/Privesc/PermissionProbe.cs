using System.Globalization;
using Vigil.Access.Organizations;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Puts one permission question to the IAM engine for an actor, with its identity policies, boundary and SCPs,
/// the RCPs of the resource's account and, when given, the resource's policy; tries the attacker-chosen request values
/// of the actor's policies and returns the first allowed request with the statements that allowed it.</summary>
internal sealed class PermissionProbe(OrganizationPolicyReader organizations)
{
    public GrantedPermission? Allowed(
        Actor actor,
        string action,
        string resource,
        string resourceAccount,
        IReadOnlyDictionary<string, string>? setValues = null,
        Policy? resourcePolicy = null,
        IReadOnlyDictionary<string, string>? resourceTags = null,
        PolicySet? policies = null)
    {
        var identity = policies?.Identity ?? actor.Policies.IdentityPolicies;
        var boundary = policies is null ? actor.Policies.PermissionsBoundary : policies.Boundary;
        var rcps = organizations.For(resourceAccount).Rcps;
        foreach (var variant in actor.Variants)
        {
            var context = new Dictionary<string, IReadOnlyList<string>>(actor.Context, StringComparer.OrdinalIgnoreCase)
            {
                ["aws:ResourceAccount"] = [resourceAccount],
            };
            if (resourceTags is not null)
            {
                foreach (var (key, value) in resourceTags)
                {
                    context["aws:ResourceTag/" + key] = [value];
                    context[ServiceOf(action) + ":ResourceTag/" + key] = [value];
                }
            }
            foreach (var (key, value) in variant) context[key] = [value];
            if (setValues is not null)
            {
                foreach (var (key, value) in setValues) context[key] = [value];
            }
            if (!context.ContainsKey("aws:RequestedRegion")) context["aws:RequestedRegion"] = [RegionOf(resource)];

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
            return new GrantedPermission(action, resource, chosen, Statements(result, identity, boundary, resourcePolicy));
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
        var parts = arn.Split(':');
        return parts.Length > 3 && parts[3].Length > 0 && !parts[3].Contains('*', StringComparison.Ordinal) ? parts[3] : "us-east-1";
    }

    private static List<string> Statements(AuthorizationResult result, IReadOnlyList<Policy> identity, Policy? boundary, Policy? resourcePolicy)
    {
        var statements = new List<string>();
        foreach (var matched in result.MatchedStatements)
        {
            string? source = null;
            if (matched.Policy.StartsWith("identity[", StringComparison.Ordinal)
                && int.TryParse(matched.Policy.AsSpan(9, matched.Policy.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i < identity.Count)
                source = identity[i].Source;
            else if (matched.Policy == "resource") source = resourcePolicy?.Source;
            else if (matched.Policy == "boundary") source = "boundary " + boundary?.Source;
            if (source is null) continue;
            var text = matched.Sid is { Length: > 0 } sid ? $"{source} statement {sid}" : source;
            if (!statements.Contains(text)) statements.Add(text);
        }
        return statements;
    }
}
