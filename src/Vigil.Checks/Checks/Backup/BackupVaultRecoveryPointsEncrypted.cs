using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupVaultRecoveryPointsEncrypted : Check<BackupVault>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-vault-recovery-points-encrypted",
        Title = "AWS Backup recovery points are encrypted at rest",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.DataProtection,
        Risk = "An unencrypted recovery point is a full copy of the source data that anyone able to copy, share or restore it can read, without any KMS key policy standing in the way.",
        Remediation = new()
        {
            Text = "Recovery points inherit the encryption of unencrypted sources (such as unencrypted EBS volumes or RDS instances): encrypt the source resources, let new backups replace the unencrypted ones, or copy the recovery points to a vault with a KMS key and delete the originals.",
            Cli = "aws backup start-copy-job --recovery-point-arn RECOVERY_POINT_ARN --source-backup-vault-name VAULT_NAME --destination-backup-vault-arn ENCRYPTED_VAULT_ARN --iam-role-arn BACKUP_ROLE_ARN",
            Terraform = """
                resource "aws_backup_vault" "this" {
                  name        = "primary"
                  kms_key_arn = aws_kms_key.backup.arn
                }
                """,
            CloudFormation = """
                Vault:
                  Type: AWS::Backup::BackupVault
                  Properties:
                    BackupVaultName: primary
                    EncryptionKeyArn: !GetAtt BackupKey.Arn
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["NumberOfRecoveryPoints", "UnencryptedRecoveryPoints"];

    public override CheckOutcome Evaluate(BackupVault vault, CheckContext context)
    {
        if (vault.NumberOfRecoveryPoints == 0 && vault.UnencryptedRecoveryPoints == 0) return NotApplicable;
        return vault.UnencryptedRecoveryPoints == 0
            ? Pass($"All {vault.NumberOfRecoveryPoints} recovery points in backup vault {vault.Name} are encrypted.")
            : Fail($"Backup vault {vault.Name} holds {vault.UnencryptedRecoveryPoints} unencrypted recovery points.");
    }
}
