using Vigil.Core.Model;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Access.Privesc;

/// <summary>The launch templates of a snapshot per account (EC2 has no resource policies, so only the template's own account
/// can change it), each with its instance profile's roles and the Auto Scaling groups that launch it (matched by template id
/// or name in the same account and region); and the accounts whose templates could not be listed. Built once per analysis.</summary>
internal sealed class LaunchTemplateIndex
{
    private readonly Dictionary<string, List<LaunchTemplateTarget>> _byAccount = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unlisted = new(StringComparer.Ordinal);

    public LaunchTemplateIndex(Snapshot snapshot, IReadOnlyDictionary<string, HashSet<string>> profileRoles)
    {
        var profilesByName = snapshot.IamInstanceProfiles
            .GroupBy(p => (p.AccountId, p.Name))
            .ToDictionary(g => g.Key, g => g.First().Arn);
        var groups = new Dictionary<(string Account, string? Region, string Key), List<AutoScalingGroup>>();
        foreach (var group in snapshot.AutoScalingGroups)
        {
            // A version only known after deployment (a reference to the template's latest_version, say) is taken as pinned.
            if (group.Unreadable.Contains(nameof(AutoScalingGroup.LaunchTemplateVersion))) continue;
            if (group.LaunchTemplateId is { } id) Add(groups, (group.AccountId, group.Region, "id:" + id), group);
            if (group.LaunchTemplateName is { } name) Add(groups, (group.AccountId, group.Region, "name:" + name), group);
        }

        foreach (var template in snapshot.LaunchTemplates)
        {
            var data = template.DefaultVersion;
            var profile = data?.IamInstanceProfileArn
                ?? (data?.IamInstanceProfileName is { } profileName
                    ? profilesByName.GetValueOrDefault((template.AccountId, profileName)) ?? $"arn:aws:iam::{template.AccountId}:instance-profile/{profileName}"
                    : null);
            var roles = profile is not null && profileRoles.TryGetValue(profile, out var held) ? (IReadOnlyList<string>)[.. held] : [];
            if (data is not null && roles.Count == 0) continue;
            var launchers = (groups.GetValueOrDefault((template.AccountId, template.Region, "id:" + template.LaunchTemplateId)) ?? [])
                .Concat(groups.GetValueOrDefault((template.AccountId, template.Region, "name:" + template.Name)) ?? [])
                .Distinct()
                .ToList();
            Add(_byAccount, template.AccountId, new LaunchTemplateTarget(template, profile, roles, launchers));
        }

        foreach (var error in snapshot.Errors)
        {
            if (error.ResourceType == ResourceTypes.LaunchTemplate && error.ResourceArn is null) _unlisted.Add(error.AccountId);
        }
    }

    /// <summary>The account's templates whose default version names an instance profile holding a role of the snapshot, and
    /// those whose default version was not read.</summary>
    public IReadOnlyList<LaunchTemplateTarget> In(string accountId) => _byAccount.GetValueOrDefault(accountId) ?? [];

    /// <summary>Whether the snapshot could not list the account's launch templates.</summary>
    public bool Unlisted(string accountId) => _unlisted.Contains(accountId);

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
