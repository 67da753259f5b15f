using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>AWS Backup in one region: vaults (with access policy, tags and unencrypted recovery points), plans (with
/// rules and their resource selections) and the resources it lists as protected.</summary>
internal sealed class BackupCollector : IResourceCollector
{
    public string Service => "backup";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "backup:GetBackupPlan", "backup:GetBackupSelection", "backup:GetBackupVaultAccessPolicy", "backup:ListBackupPlans",
        "backup:ListBackupSelections", "backup:ListBackupVaults", "backup:ListProtectedResources", "backup:ListRecoveryPointsByBackupVault",
        "backup:ListTags",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        BackupVaultReader.ReadAsync(target, sink, cancellationToken),
        BackupPlanReader.ReadAsync(target, sink, cancellationToken),
        BackupProtectedResourceReader.ReadAsync(target, sink, cancellationToken));
}
