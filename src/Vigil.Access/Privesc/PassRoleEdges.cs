namespace Vigil.Access.Privesc;

/// <summary>Techniques 18–35: iam:PassRole (with iam:PassedToService) of a role that trusts the service, plus the actions
/// that create the resource running as it; EC2 techniques also need an instance profile of the role, existing or created.</summary>
internal static class PassRoleEdges
{
    public static void Find(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        if (!x.MayAllow("iam:PassRole")) return;
        var reached = new HashSet<int>();
        foreach (var technique in TechniqueTable.PassRole)
        {
            if (!technique.Alternatives.Any(alt => alt.All(a => x.MayAllow(a.Action)))) continue;
            List<GrantedPermission>? serviceActions = null;
            var serviceActionsKnown = false;
            foreach (var trust in estate.TrustsOfServiceIn(technique.ServicePrincipal, x.AccountId))
            {
                var t = trust.Role;
                if (t == x || reached.Contains(t.Index) || !worth(t)) continue;
                var passed = new Dictionary<string, string> { ["iam:PassedToService"] = technique.ServicePrincipal };
                if (estate.Probe.Allowed(x, "iam:PassRole", t.Arn, t.AccountId, passed, resourceTags: t.Principal.Tags) is not { } pass) continue;

                List<GrantedPermission>? used;
                string detail;
                if (technique.NeedsInstanceProfile)
                {
                    (used, detail) = WithInstanceProfile(estate, x, t, technique);
                }
                else
                {
                    if (!serviceActionsKnown)
                    {
                        serviceActions = AlternativeProbe.FirstAllowed(estate, x, technique.Alternatives);
                        serviceActionsKnown = true;
                    }
                    used = serviceActions;
                    detail = $"{t.Principal.Name} trusts {technique.ServicePrincipal}";
                }
                if (used is null) continue;
                reached.Add(t.Index);
                steps.Add(new PrivescStep { From = x.Arn, To = t.Arn, Technique = technique.Technique, Permissions = [pass, .. used], Detail = detail });
            }
        }
    }

    private static (List<GrantedPermission>?, string) WithInstanceProfile(PrivescEstate estate, Actor x, Actor t, PassRoleTechnique technique)
    {
        if (estate.RoleProfiles.TryGetValue(t.Arn, out var profiles))
        {
            foreach (var profile in profiles)
            {
                var values = new Dictionary<string, string> { ["ec2:InstanceProfile"] = profile };
                if (AlternativeProbe.FirstAllowed(estate, x, technique.Alternatives, values) is { } used)
                    return (used, $"{t.Principal.Name} trusts ec2.amazonaws.com and is in instance profile {profile}");
            }
            return (null, "");
        }

        if (!x.MayAllow("iam:CreateInstanceProfile") || !x.MayAllow("iam:AddRoleToInstanceProfile")) return (null, "");
        var create = new List<ActionOn>
        {
            new("iam:CreateInstanceProfile", "arn:aws:iam::{account}:instance-profile/{name}"),
            new("iam:AddRoleToInstanceProfile", "arn:aws:iam::{account}:instance-profile/{name}"),
        };
        if (AlternativeProbe.FirstAllowed(estate, x, [create]) is not { } created) return (null, "");
        var newProfile = created[0].Resource;
        if (AlternativeProbe.FirstAllowed(estate, x, technique.Alternatives, new Dictionary<string, string> { ["ec2:InstanceProfile"] = newProfile }) is not { } launch)
            return (null, "");
        return ([.. created, .. launch], $"{t.Principal.Name} trusts ec2.amazonaws.com and has no instance profile, so one is created");
    }
}
