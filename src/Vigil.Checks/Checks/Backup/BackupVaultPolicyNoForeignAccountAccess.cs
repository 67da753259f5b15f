using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupVaultPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<BackupVault>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-vault-policy-no-foreign-account-access",
        Title = "Backup vault access policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.Resilience,
        Risk = "A vault access policy that names another account lets any principal that account delegates to see which recovery points you keep, fill the vault with its own copies, or, with management actions, change the vault's access policy or delete it: your recovery depends on an account you do not control.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer copy into the vault; for copies between your own accounts prefer an aws:PrincipalOrgID condition, add an explicit Deny of backup:DeleteRecoveryPoint, backup:DeleteBackupVault and backup:PutBackupVaultAccessPolicy, and lock the vault. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a vault that any account may use fails backup-vault-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may describe, list, copy into or manage the vault.",
            Cli = """
                aws backup get-backup-vault-access-policy --backup-vault-name VAULT --query Policy --output text > vault-policy.json
                # remove the statements that name other accounts, then:
                aws backup put-backup-vault-access-policy --backup-vault-name VAULT --policy file://vault-policy.json
                # or, when no other account needs it:
                aws backup delete-backup-vault-access-policy --backup-vault-name VAULT
                """,
            Terraform = """
                resource "aws_backup_vault_policy" "this" {
                  backup_vault_name = aws_backup_vault.this.name
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "OrganizationCopies"
                      Effect    = "Allow"
                      Principal = "*"
                      Action    = "backup:CopyIntoBackupVault"
                      Resource  = "*"
                      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                Vault:
                  Type: AWS::Backup::BackupVault
                  Properties:
                    BackupVaultName: acme-primary
                    AccessPolicy:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: OrganizationCopies
                          Effect: Allow
                          Principal: "*"
                          Action: backup:CopyIntoBackupVault
                          Resource: "*"
                          Condition:
                            StringEquals:
                              aws:PrincipalOrgID: o-exampleorgid
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.BackupVault;

    protected override string PolicyKind => "access policy";

    protected override string Reach => "use or manage the vault";

    protected override string? PolicyOf(BackupVault vault) => vault.Policy;
}
