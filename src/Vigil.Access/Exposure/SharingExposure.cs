using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Rds;

namespace Vigil.Access.Exposure;

/// <summary>Exposure through sharing attributes rather than policies: EBS snapshots (createVolumePermission), AMIs
/// (launchPermission) and RDS DB and cluster snapshots (the restore attribute), public or shared with named accounts.
/// An encrypted snapshot or image is usable by those accounts only if the KMS key also lets them decrypt: the key is
/// reported as a condition.</summary>
public static class SharingExposure
{
    public static ExposedResource? Of(ExposureScope scope, EbsSnapshot snapshot) =>
        Of(scope, snapshot, snapshot.Public, snapshot.SharedWithAccounts, "createVolumePermission", ["ec2:CreateVolume", "ec2:CopySnapshot"],
            snapshot.Encrypted ? snapshot.KmsKeyId ?? "the snapshot's KMS key" : null);

    public static ExposedResource? Of(ExposureScope scope, Ami image) =>
        Of(scope, image, image.Public, image.SharedWithAccounts, "launchPermission", ["ec2:RunInstances", "ec2:CopyImage"],
            image.EncryptedSnapshots ? "the KMS keys of the image's snapshots" : null);

    public static ExposedResource? Of(ExposureScope scope, RdsSnapshot snapshot) =>
        Of(scope, snapshot, snapshot.Public, snapshot.SharedWithAccounts, "restore attribute",
            snapshot.IsClusterSnapshot ? ["rds:RestoreDBClusterFromSnapshot", "rds:CopyDBClusterSnapshot"] : ["rds:RestoreDBInstanceFromDBSnapshot", "rds:CopyDBSnapshot"],
            snapshot.Encrypted ? snapshot.KmsKeyId ?? "the snapshot's KMS key" : null);

    private static ExposedResource? Of(ExposureScope scope, Resource resource, bool isPublic, IReadOnlyList<string> sharedWith, string attribute,
        IReadOnlyList<string> actions, string? key)
    {
        foreach (var property in resource.Unreadable)
        {
            if (property is "Public" or "SharedWithAccounts") return ExposedResources.Of(resource, [], [$"the {attribute} could not be read"]);
        }

        if (!isPublic && sharedWith.Count == 0) return null;
        IReadOnlyList<ExposureCondition> conditions = key is null ? [] : [new ExposureCondition(attribute, "requires", "kms:Decrypt on", [key])];
        var grouped = AccessLevelNames.Group(actions);
        var grants = new List<ExposureGrant>();
        if (isPublic)
        {
            grants.Add(new ExposureGrant
            {
                ReachedBy = ReachedBy.AnyAwsPrincipal, Who = "any AWS principal", Label = ExposureLabel.Public,
                Via = $"{attribute} (public)", Actions = grouped, Conditions = conditions,
            });
        }

        foreach (var account in sharedWith.Where(a => a != "all").Distinct(StringComparer.Ordinal))
        {
            if (scope.Labels.OfAccount(account, resource.AccountId) is not { } label) continue;
            grants.Add(new ExposureGrant
            {
                ReachedBy = ReachedBy.Account, Who = $"account {account}", Account = account, Label = label,
                Via = attribute, Actions = grouped, Conditions = conditions,
            });
        }

        return grants.Count == 0 ? null : ExposedResources.Of(resource, grants, []);
    }
}
