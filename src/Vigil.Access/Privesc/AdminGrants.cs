using Vigil.Core.Model.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Techniques 1–9 and 11: an actor changes a principal's policies, groups or boundary so that the principal
/// becomes an administrator. Each candidate change is checked twice with the engine: the actor may make it on that ARN,
/// and the principal is an administrator afterwards (its boundary, SCPs and explicit denies still apply).</summary>
internal static class AdminGrants
{
    public static readonly string[] Actions =
    [
        "iam:PutUserPolicy", "iam:AttachUserPolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutGroupPolicy", "iam:AttachGroupPolicy",
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AddUserToGroup",
        "iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:PutUserPermissionsBoundary", "iam:PutRolePermissionsBoundary",
    ];

    private static readonly Dictionary<string, string> AttachAdministratorAccess = new() { ["iam:PolicyARN"] = AdminProbe.AdministratorAccessArn };

    public static PrivescStep? TryGrant(PrivescEstate estate, Actor x, Actor y)
    {
        if (y.IsProtectedRole || estate.IsAdmin(y)) return null;
        return PolicyChange(estate, x, y) ?? DefaultVersion(estate, x, y) ?? GroupMembership(estate, x, y) ?? BoundaryOnly(estate, x, y);
    }

    private static PrivescStep? PolicyChange(PrivescEstate estate, Actor x, Actor y)
    {
        List<GrantedPermission>? boundary = null;
        if (!estate.AdminIfGranted(y))
        {
            if (y.Policies.PermissionsBoundary is null || !estate.AdminIfGrantedWithoutBoundary(y)) return null;
            boundary = BoundaryRemoval(estate, x, y);
            if (boundary is null) return null;
        }

        foreach (var (action, resource, technique, values, what) in Changes(estate, y))
        {
            if (!x.MayAllow(action)) continue;
            if (estate.Probe.Allowed(x, action, resource, y.AccountId, values) is not { } granted) continue;
            var detail = boundary is null ? what : what + ", after removing the permissions boundary that would cap it";
            return Grant(x, y, technique, boundary is null ? [granted] : [granted, .. boundary], detail);
        }
        return null;
    }

    private static IEnumerable<(string Action, string Resource, Technique Technique, Dictionary<string, string>? Values, string What)> Changes(PrivescEstate estate, Actor y)
    {
        if (y.User is { } user)
        {
            yield return ("iam:PutUserPolicy", user.Arn, Techniques.PutUserPolicy, null, $"an inline administrator policy is written into user {user.Name}");
            yield return ("iam:AttachUserPolicy", user.Arn, Techniques.AttachUserPolicy, AttachAdministratorAccess, $"AdministratorAccess is attached to user {user.Name}");
            foreach (var group in estate.GroupsOf(user))
            {
                yield return ("iam:PutGroupPolicy", group.Arn, Techniques.PutGroupPolicy, null, $"an inline administrator policy is written into group {group.Name} of {user.Name}");
                yield return ("iam:AttachGroupPolicy", group.Arn, Techniques.AttachGroupPolicy, AttachAdministratorAccess, $"AdministratorAccess is attached to group {group.Name} of {user.Name}");
            }
        }
        else if (y.Role is { } role)
        {
            yield return ("iam:PutRolePolicy", role.Arn, Techniques.PutRolePolicy, null, $"an inline administrator policy is written into role {role.Name}");
            yield return ("iam:AttachRolePolicy", role.Arn, Techniques.AttachRolePolicy, AttachAdministratorAccess, $"AdministratorAccess is attached to role {role.Name}");
        }
        foreach (var policy in CustomerPolicies(estate, y))
            yield return ("iam:CreatePolicyVersion", policy.Arn, Techniques.CreatePolicyVersion, null, $"a new default version of {policy.Name}, which {y.Principal.Name} has, grants everything");
    }

    private static PrivescStep? DefaultVersion(PrivescEstate estate, Actor x, Actor y)
    {
        if (!x.MayAllow("iam:SetDefaultPolicyVersion")) return null;
        foreach (var policy in CustomerPolicies(estate, y))
        {
            foreach (var version in policy.Versions.Where(v => !v.IsDefaultVersion))
            {
                if (estate.Compile(version.Document, $"{policy.Arn} version {version.VersionId}") is not { } compiled) continue;
                var admin = estate.IsAdmin(y, $"version {policy.Arn} {version.VersionId}", () => new PolicySet(
                    [.. y.Policies.IdentityPolicies.Where(p => p.Source != policy.Arn), compiled], y.Policies.PermissionsBoundary));
                if (!admin) continue;
                if (estate.Probe.Allowed(x, "iam:SetDefaultPolicyVersion", policy.Arn, y.AccountId) is not { } granted) continue;
                return Grant(x, y, Techniques.SetDefaultPolicyVersion, [granted], $"version {version.VersionId} of {policy.Name}, which {y.Principal.Name} has, is made the default and grants everything");
            }
        }
        return null;
    }

    private static PrivescStep? GroupMembership(PrivescEstate estate, Actor x, Actor y)
    {
        if (y.User is not { } user || !x.MayAllow("iam:AddUserToGroup")) return null;
        foreach (var ((account, name), group) in estate.Groups)
        {
            if (account != user.AccountId || user.Groups.Contains(name)) continue;
            if (!estate.GroupMayGrantEverything(group)) continue;
            var groupPolicies = estate.GroupPolicies(group);
            var admin = estate.IsAdmin(y, "group " + group.Arn, () => new PolicySet([.. y.Policies.IdentityPolicies, .. groupPolicies], y.Policies.PermissionsBoundary));
            if (!admin) continue;
            if (estate.Probe.Allowed(x, "iam:AddUserToGroup", group.Arn, group.AccountId, resourceTags: group.Tags) is not { } granted) continue;
            return Grant(x, y, Techniques.AddUserToGroup, [granted], $"{user.Name} is added to group {group.Name}, whose policies grant everything");
        }
        return null;
    }

    private static PrivescStep? BoundaryOnly(PrivescEstate estate, Actor x, Actor y)
    {
        if (y.Policies.PermissionsBoundary is null || !estate.AdminWithoutBoundary(y)) return null;
        return BoundaryRemoval(estate, x, y) is { } removal
            ? Grant(x, y, Techniques.RemovePermissionsBoundary, removal, $"{y.Principal.Name}'s own policies grant everything once the permissions boundary {y.Policies.PermissionsBoundary.Source} is gone")
            : null;
    }

    private static List<GrantedPermission>? BoundaryRemoval(PrivescEstate estate, Actor x, Actor y)
    {
        var kind = y.IsUser ? "User" : "Role";
        if (x.MayAllow($"iam:Delete{kind}PermissionsBoundary")
            && estate.Probe.Allowed(x, $"iam:Delete{kind}PermissionsBoundary", y.Arn, y.AccountId, resourceTags: y.Principal.Tags) is { } delete)
            return [delete];
        if (x.MayAllow($"iam:Put{kind}PermissionsBoundary")
            && estate.Probe.Allowed(x, $"iam:Put{kind}PermissionsBoundary", y.Arn, y.AccountId,
                new Dictionary<string, string> { ["iam:PermissionsBoundary"] = AdminProbe.AdministratorAccessArn }, resourceTags: y.Principal.Tags) is { } put)
            return [put];
        return null;
    }

    /// <summary>The customer managed policies a principal has, directly or through its groups (AWS managed policies cannot be changed).</summary>
    private static IEnumerable<ManagedPolicy> CustomerPolicies(PrivescEstate estate, Actor y)
    {
        var attached = y.User is { } user
            ? user.AttachedPolicies.Concat(estate.GroupsOf(user).SelectMany(g => g.AttachedPolicies))
            : y.Role?.AttachedPolicies ?? [];
        foreach (var arn in attached.Select(a => a.PolicyArn).Distinct(StringComparer.Ordinal))
        {
            if (estate.ManagedPolicies.TryGetValue(arn, out var policy) && !policy.IsAwsManaged && !arn.StartsWith("arn:aws:iam::aws:", StringComparison.Ordinal))
                yield return policy;
        }
    }

    private static PrivescStep Grant(Actor x, Actor y, Technique technique, List<GrantedPermission> permissions, string detail) =>
        new() { From = x.Arn, To = y.Arn, Technique = technique, GrantsAdmin = true, Permissions = permissions, Detail = detail };
}
