using System.Collections.Concurrent;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Techniques 15 and 16: assuming a role whose trust policy admits the actor, or rewriting the trust policy first.</summary>
internal static class RoleEdges
{
    private static readonly ConcurrentDictionary<string, Policy> RewrittenTrusts = new(StringComparer.Ordinal);

    public static void Find(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        var mayAssume = x.MayAllow("sts:AssumeRole");
        var candidates = new List<RoleTrust>();
        if (estate.TrustsNaming.TryGetValue(x.Arn, out var naming)) candidates.AddRange(naming);
        if (mayAssume)
        {
            if (estate.TrustsOfAccount.TryGetValue(x.AccountId, out var ofAccount)) candidates.AddRange(ofAccount);
            candidates.AddRange(estate.OpenTrusts);
        }
        var done = new HashSet<int>();
        foreach (var trust in candidates)
        {
            var t = trust.Role;
            if (trust.Trust is null || t == x || !done.Add(t.Index) || !worth(t)) continue;
            if (estate.Probe.Allowed(x, "sts:AssumeRole", t.Arn, t.AccountId, resourcePolicy: trust.Trust, resourceTags: t.Principal.Tags,
                    resourcePolicyLabel: $"trust policy of role/{t.Principal.Name}") is { } assume)
                steps.Add(new PrivescStep { From = x.Arn, To = t.Arn, Technique = Techniques.AssumeRole, Permissions = [assume], Detail = $"the trust policy of {t.Principal.Name} admits {x.Principal.Name}" });
        }

        if (!mayAssume || !x.MayAllow("iam:UpdateAssumeRolePolicy")) return;
        var rewritten = RewrittenTrusts.GetOrAdd(x.Arn, arn => Policy.Parse(
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"{{arn}}"},"Action":"sts:AssumeRole"}]}""",
            "trust policy rewritten by the attacker"));
        foreach (var actor in estate.ActorsIn(x.AccountId))
        {
            if (estate.Trusts[actor.Index] is not { } trust) continue;
            var t = trust.Role;
            if (t == x || t.IsProtectedRole || done.Contains(t.Index) || !worth(t)) continue;
            if (estate.Probe.Allowed(x, "iam:UpdateAssumeRolePolicy", t.Arn, t.AccountId, resourceTags: t.Principal.Tags) is not { } update) continue;
            if (estate.Probe.Allowed(x, "sts:AssumeRole", t.Arn, t.AccountId, resourcePolicy: rewritten, resourceTags: t.Principal.Tags) is not { } assume) continue;
            steps.Add(new PrivescStep { From = x.Arn, To = t.Arn, Technique = Techniques.UpdateAssumeRolePolicy, Permissions = [update, assume], Detail = $"the trust policy of {t.Principal.Name} is rewritten to admit {x.Principal.Name}" });
        }
    }
}
