namespace Vigil.Core.Model.Backup;

public sealed record BackupVault : Resource
{
    public override string ResourceType => ResourceTypes.BackupVault;

    public string? EncryptionKeyArn { get; init; }
    public string? Policy { get; init; }
    public bool Locked { get; init; }
    public int NumberOfRecoveryPoints { get; init; }
    public int UnencryptedRecoveryPoints { get; init; }
}
