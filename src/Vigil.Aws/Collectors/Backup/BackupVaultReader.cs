using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>Backup vaults (ListBackupVaults), each with its access policy (GetBackupVaultAccessPolicy; none is
/// ResourceNotFoundException), its tags (ListTags) and, when it holds recovery points, how many are unencrypted
/// (ListRecoveryPointsByBackupVault).</summary>
internal static class BackupVaultReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var vaults = await target.ListAsync(sink, "backup", "ListBackupVaults", null, "BackupVaultList", ResourceTypes.BackupVault, cancellationToken).ConfigureAwait(false);
        if (vaults is null) return;
        await Task.WhenAll(vaults.Select(v => ReadOneAsync(target, sink, v, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, CancellationToken cancellationToken)
    {
        var name = node.Text("BackupVaultName") ?? throw new InvalidDataException("ListBackupVaults returned a vault without BackupVaultName");
        var vault = new BackupVault
        {
            Arn = node.Text("BackupVaultArn") ?? $"arn:{target.Partition}:backup:{target.Region}:{target.AccountId}:backup-vault:{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            EncryptionKeyArn = node.Text("EncryptionKeyArn"),
            Locked = node.Flag("Locked") ?? false,
            NumberOfRecoveryPoints = node.Integer("NumberOfRecoveryPoints") ?? 0,
        };
        var policyTask = target.DetailAsync("backup", "GetBackupVaultAccessPolicy", new JsonObject { ["BackupVaultName"] = name }, cancellationToken);
        var pointsTask = vault.NumberOfRecoveryPoints > 0
            ? target.TryListAsync("backup", "ListRecoveryPointsByBackupVault", new JsonObject { ["BackupVaultName"] = name }, "RecoveryPoints", cancellationToken)
            : Task.FromResult(new ListResult([], null));
        var tagsTask = BackupTags.ReadAsync(target, vault.Arn, cancellationToken);
        var policy = await policyTask.ConfigureAwait(false);
        var points = await pointsTask.ConfigureAwait(false);
        var (tags, tagsFailure) = await tagsTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        if (policy.Failure is { ErrorCode: not "ResourceNotFoundException" } policyFailure)
        {
            unreadable.Add(nameof(BackupVault.Policy));
            sink.Failed(policyFailure, target.AccountId, ResourceTypes.BackupVault, vault.Arn, nameof(BackupVault.Policy));
        }
        else
        {
            vault = vault with { Policy = policy.Output.Text("Policy") };
        }
        if (points.Failure is { } pointsFailure)
        {
            unreadable.Add(nameof(BackupVault.UnencryptedRecoveryPoints));
            sink.Failed(pointsFailure, target.AccountId, ResourceTypes.BackupVault, vault.Arn, nameof(BackupVault.UnencryptedRecoveryPoints));
        }
        else
        {
            vault = vault with { UnencryptedRecoveryPoints = points.Items!.Count(p => p.Flag("IsEncrypted") == false) };
        }
        if (tags is not null)
        {
            vault = vault with { Tags = tags };
        }
        else
        {
            unreadable.Add(nameof(BackupVault.Tags));
            sink.Failed(tagsFailure!, target.AccountId, ResourceTypes.BackupVault, vault.Arn, nameof(BackupVault.Tags));
        }
        sink.Add(unreadable.Count == 0 ? vault : vault with { Unreadable = unreadable });
    }
}
