using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>AWS Backup in one region: vaults (with access policy, tags and unencrypted recovery points) and plans (with
/// rules and their resource selections).</summary>
internal sealed class BackupCollector : IResourceCollector
{
    public string Service => "backup";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "backup:GetBackupPlan", "backup:GetBackupSelection", "backup:GetBackupVaultAccessPolicy", "backup:ListBackupPlans",
        "backup:ListBackupSelections", "backup:ListBackupVaults", "backup:ListRecoveryPointsByBackupVault", "backup:ListTags",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        BackupVaultReader.ReadAsync(target, sink, cancellationToken),
        BackupPlanReader.ReadAsync(target, sink, cancellationToken));
}
