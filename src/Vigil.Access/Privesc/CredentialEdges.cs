namespace Vigil.Access.Privesc;

/// <summary>Techniques 12–14: credentials for another user (an access key, or a console password set or reset).</summary>
internal static class CredentialEdges
{
    public static void Find(PrivescEstate estate, Actor x, Func<Actor, bool> worth, List<PrivescStep> steps)
    {
        var keys = x.MayAllow("iam:CreateAccessKey");
        var create = x.MayAllow("iam:CreateLoginProfile");
        var update = x.MayAllow("iam:UpdateLoginProfile");
        if (!keys && !create && !update) return;
        foreach (var t in estate.ActorsIn(x.AccountId))
        {
            if (t.User is not { } user || t == x || !worth(t)) continue;
            if (keys && estate.Probe.Allowed(x, "iam:CreateAccessKey", user.Arn, user.AccountId, resourceTags: user.Tags) is { } key)
            {
                var permissions = new List<GrantedPermission> { key };
                var full = user.AccessKeys.Count >= 2;
                if (full && estate.Probe.Allowed(x, "iam:DeleteAccessKey", user.Arn, user.AccountId, resourceTags: user.Tags) is { } delete) permissions.Add(delete);
                if (!full || permissions.Count == 2)
                {
                    steps.Add(Step(x, t, Techniques.CreateAccessKey, permissions, full
                        ? $"{user.Name} already has two access keys, so one is deleted first"
                        : $"a new access key for {user.Name}"));
                    continue;
                }
            }
            var (action, technique) = user.HasConsolePassword
                ? ("iam:UpdateLoginProfile", Techniques.UpdateLoginProfile)
                : ("iam:CreateLoginProfile", Techniques.CreateLoginProfile);
            if (!(user.HasConsolePassword ? update : create)) continue;
            if (estate.Probe.Allowed(x, action, user.Arn, user.AccountId, resourceTags: user.Tags) is { } login)
            {
                steps.Add(Step(x, t, technique, [login], user.HasConsolePassword
                    ? $"{user.Name} has a console password, which is reset"
                    : $"{user.Name} has no console password, so one is created"));
            }
        }
    }

    private static PrivescStep Step(Actor x, Actor t, Technique technique, List<GrantedPermission> permissions, string detail) =>
        new() { From = x.Arn, To = t.Arn, Technique = technique, Permissions = permissions, Detail = detail };
}
