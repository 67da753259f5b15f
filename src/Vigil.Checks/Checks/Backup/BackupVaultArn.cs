namespace Vigil.Checks.Checks.Backup;

/// <summary>The region and account of a backup vault ARN (arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME).</summary>
internal readonly record struct BackupVaultArn(string Region, string AccountId)
{
    public static BackupVaultArn? Parse(string arn) =>
        arn.Split(':') is ["arn", _, "backup", { Length: > 0 } region, { Length: > 0 } account, "backup-vault", ..] ? new BackupVaultArn(region, account) : null;
}
