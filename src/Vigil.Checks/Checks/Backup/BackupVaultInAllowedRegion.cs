using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupVaultInAllowedRegion : AllowedRegionCheck<BackupVault>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-vault-in-allowed-region",
        Title = "AWS Backup vaults are in an allowed region",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Create a vault in an allowed region, change the backup plans and copy actions that target this vault to use it, let the recovery points here expire (or delete them), and delete the vault.",
            Cli = "aws backup create-backup-vault --backup-vault-name VAULT --encryption-key-arn KMS_KEY_ARN --region ALLOWED_REGION",
            Terraform = """
                resource "aws_backup_vault" "this" {
                  provider    = aws.allowed
                  name        = "VAULT"
                  kms_key_arn = aws_kms_key.backup.arn
                }
                """,
            CloudFormation = """
                # Deploy in an allowed region.
                Vault:
                  Type: AWS::Backup::BackupVault
                  Properties:
                    BackupVaultName: VAULT
                    EncryptionKeyArn: KMS_KEY_ARN
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/vaults.html",
        },
    };

    protected override string Subject(BackupVault vault) => $"Backup vault {vault.Name}";
}
