using Vigil.Core.Model.AutoScaling;

namespace Vigil.Access.Privesc;

/// <summary>Technique 48: write a new version (with the attacker's user data) of a launch template whose instance profile
/// holds the target role — ec2:CreateLaunchTemplateVersion on the template — and have it launched: by an Auto Scaling group
/// that launches the template at $Latest, or at $Default after ec2:ModifyLaunchTemplate makes the new version the default
/// (Auto Scaling checks none of the attacker's permissions when it scales out; a group pinned to a version number never
/// launches the new one); or by the attacker, with ec2:RunInstances on the template and an instance and iam:PassRole of the
/// role to EC2, which RunInstances checks for the instance profile. With iam:PassRole (to EC2) of another role that has an
/// instance profile, a version launched by a group can name that profile instead. A role is only reached when it trusts
/// ec2.amazonaws.com (the launched instance could not get its credentials otherwise).</summary>
internal static class LaunchTemplateEdges
{
    private const string Ec2 = "ec2.amazonaws.com";
    private const string CreateVersion = "ec2:CreateLaunchTemplateVersion";

    public static void Find(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        if (!x.MayAllow(CreateVersion)) return;
        var assume = estate.Options.AssumeUncollectedResources;
        var reached = new HashSet<int>();
        LaunchTemplateLaunch? swapThrough = null;
        foreach (var target in estate.LaunchTemplates.In(x.AccountId))
        {
            if (!target.DefaultVersionRead && !assume) continue;
            var candidates = Candidates(estate, x, target, worth, reached);
            if (candidates.Count == 0 && (swapThrough is not null || !x.MayAllow("iam:PassRole"))) continue;
            var template = target.Template;
            if (estate.Probe.Allowed(x, CreateVersion, template.Arn, template.AccountId, resourceTags: template.Tags) is not { } create) continue;
            var launch = GroupLaunch(estate, x, target, create);
            swapThrough ??= launch;
            foreach (var (t, profile) in candidates)
            {
                var assumed = target.DefaultVersionRead ? "" : $"assumed: the default version of template {template.Name} was not read, so it may name any instance profile; ";
                if (launch is not null)
                {
                    steps.Add(new PrivescStep
                    {
                        From = x.Arn, To = t.Arn, Technique = Techniques.Ec2LaunchTemplateVersion, Permissions = launch.Permissions,
                        Detail = $"{assumed}{launch.Detail}; the template's instance profile {profile} holds {t.Principal.Name}",
                    });
                    reached.Add(t.Index);
                }
                else if (SelfLaunch(estate, x, target, t, profile, create) is { } used)
                {
                    steps.Add(new PrivescStep
                    {
                        From = x.Arn, To = t.Arn, Technique = Techniques.Ec2LaunchTemplateVersion, Permissions = used,
                        Detail = $"{assumed}{x.Principal.Name} launches the new version of template {template.Name} itself; its instance profile {profile} holds {t.Principal.Name}",
                    });
                    reached.Add(t.Index);
                }
            }
        }
        if (assume && estate.LaunchTemplates.Unlisted(x.AccountId) && UnlistedLaunch(estate, x) is { } unlisted)
        {
            foreach (var t in Ec2Roles(estate, x))
            {
                if (!Usable(estate, x, t, worth, reached) || !estate.RoleProfiles.TryGetValue(t.Arn, out var profiles)) continue;
                steps.Add(new PrivescStep
                {
                    From = x.Arn, To = t.Arn, Technique = Techniques.Ec2LaunchTemplateVersion, Permissions = unlisted.Permissions,
                    Detail = $"{unlisted.Detail}; it may name instance profile {profiles.First()}, which holds {t.Principal.Name}",
                });
                reached.Add(t.Index);
            }
        }
        if (swapThrough is not null) Swap(estate, x, worth, swapThrough, reached, steps);
    }

    /// <summary>The roles a new version of the template runs as without changing its instance profile: the ones its profile
    /// holds, or, when its default version was not read, every role of the account that has a profile.</summary>
    private static List<(Actor Role, string Profile)> Candidates(PrivescEstate estate, Actor x, LaunchTemplateTarget target, Func<Actor, bool> worth, HashSet<int> reached)
    {
        var candidates = new List<(Actor, string)>();
        if (target.DefaultVersionRead)
        {
            foreach (var arn in target.RoleArns)
            {
                if (estate.ByArn.TryGetValue(arn, out var t) && Usable(estate, x, t, worth, reached)) candidates.Add((t, target.ProfileArn!));
            }
            return candidates;
        }
        foreach (var t in Ec2Roles(estate, x))
        {
            if (Usable(estate, x, t, worth, reached) && estate.RoleProfiles.TryGetValue(t.Arn, out var profiles)) candidates.Add((t, profiles.First()));
        }
        return candidates;
    }

    private static bool Usable(PrivescEstate estate, Actor x, Actor t, Func<Actor, bool> worth, HashSet<int> reached) =>
        t != x && !reached.Contains(t.Index) && estate.Trusts[t.Index]?.TrustedServices.Contains(Ec2) == true && worth(t);

    private static IEnumerable<Actor> Ec2Roles(PrivescEstate estate, Actor x) =>
        estate.TrustsOfServiceIn(Ec2, x.AccountId).Select(trust => trust.Role);

    /// <summary>The first Auto Scaling group that launches the template's newest version ($Latest), or its default version
    /// when the attacker can also make the new version the default.</summary>
    private static LaunchTemplateLaunch? GroupLaunch(PrivescEstate estate, Actor x, LaunchTemplateTarget target, GrantedPermission create)
    {
        var template = target.Template;
        foreach (var group in target.Groups.OrderBy(g => IsLatest(g) ? 0 : 1))
        {
            if (IsLatest(group))
                return new LaunchTemplateLaunch([create], $"Auto Scaling group {group.Name} launches template {template.Name} at $Latest, so its next instance runs the new version");
        }
        var atDefault = target.Groups.FirstOrDefault(g => g.LaunchTemplateVersion is null or "$Default");
        if (atDefault is null || !x.MayAllow("ec2:ModifyLaunchTemplate")) return null;
        if (estate.Probe.Allowed(x, "ec2:ModifyLaunchTemplate", template.Arn, template.AccountId, resourceTags: template.Tags) is not { } modify) return null;
        return new LaunchTemplateLaunch([create, modify],
            $"Auto Scaling group {atDefault.Name} launches template {template.Name} at $Default, and the new version is made the default, so its next instance runs it");
    }

    private static bool IsLatest(AutoScalingGroup group) => group.LaunchTemplateVersion == "$Latest";

    /// <summary>The attacker launches the new version: ec2:RunInstances on an instance and on the template (ec2:LaunchTemplate
    /// and ec2:InstanceProfile set), and iam:PassRole of the profile's role to EC2.</summary>
    private static List<GrantedPermission>? SelfLaunch(PrivescEstate estate, Actor x, LaunchTemplateTarget target, Actor t, string profile, GrantedPermission create)
    {
        if (!x.MayAllow("ec2:RunInstances") || !x.MayAllow("iam:PassRole")) return null;
        var template = target.Template;
        var passed = new Dictionary<string, string> { ["iam:PassedToService"] = Ec2 };
        if (estate.Probe.Allowed(x, "iam:PassRole", t.Arn, t.AccountId, passed, resourceTags: t.Principal.Tags) is not { } pass) return null;
        var values = new Dictionary<string, string> { ["ec2:LaunchTemplate"] = template.Arn, ["ec2:InstanceProfile"] = profile };
        var instance = $"arn:aws:ec2:{template.Region ?? estate.Region}:{template.AccountId}:instance/*";
        if (estate.Probe.Allowed(x, "ec2:RunInstances", instance, template.AccountId, values) is not { } run) return null;
        if (estate.Probe.Allowed(x, "ec2:RunInstances", template.Arn, template.AccountId, values, resourceTags: template.Tags) is not { } runTemplate) return null;
        return [create, pass, run, runTemplate];
    }

    /// <summary>Assumed for an account whose launch templates could not be listed: one launched by an Auto Scaling group at
    /// $Default, on which the attacker creates a version and makes it the default.</summary>
    private static LaunchTemplateLaunch? UnlistedLaunch(PrivescEstate estate, Actor x)
    {
        if (!x.MayAllow("ec2:ModifyLaunchTemplate")) return null;
        const string template = "arn:aws:ec2:{region}:{account}:launch-template/{name}";
        if (AlternativeProbe.FirstAllowed(estate, x, [[new(CreateVersion, template), new("ec2:ModifyLaunchTemplate", template)]]) is not { } used) return null;
        return new LaunchTemplateLaunch(used,
            "assumed: the snapshot could not list the account's launch templates; one may be launched by an Auto Scaling group at $Default, and the new version is made the default");
    }

    /// <summary>The new version names the instance profile of another role that trusts EC2, which needs iam:PassRole of that
    /// role to EC2.</summary>
    private static void Swap(PrivescEstate estate, Actor x, Func<Actor, bool> worth, LaunchTemplateLaunch launch, HashSet<int> reached, List<PrivescStep> steps)
    {
        if (!x.MayAllow("iam:PassRole")) return;
        var passed = new Dictionary<string, string> { ["iam:PassedToService"] = Ec2 };
        foreach (var t in Ec2Roles(estate, x))
        {
            if (!Usable(estate, x, t, worth, reached) || !estate.RoleProfiles.TryGetValue(t.Arn, out var profiles)) continue;
            if (estate.Probe.Allowed(x, "iam:PassRole", t.Arn, t.AccountId, passed, resourceTags: t.Principal.Tags) is not { } pass) continue;
            steps.Add(new PrivescStep
            {
                From = x.Arn, To = t.Arn, Technique = Techniques.Ec2LaunchTemplateVersion, Permissions = [.. launch.Permissions, pass],
                Detail = $"{launch.Detail}; the new version names instance profile {profiles.First()}, which holds {t.Principal.Name}",
            });
            reached.Add(t.Index);
        }
    }
}
