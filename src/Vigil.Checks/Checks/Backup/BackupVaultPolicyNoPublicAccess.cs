using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupVaultPolicyNoPublicAccess : Check<BackupVault>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-vault-policy-no-public-access",
        Title = "Backup vault access policies do not let any AWS account use or manage the vault",
        Severity = Severity.High,
        Service = "backup",
        Domain = Domain.Resilience,
        Risk = "A vault access policy that allows Principal \"*\" without a limiting condition lets a principal of any AWS account list the recovery points, copy backups into the vault, change its access policy or delete it, so the last line of defence against ransomware is in strangers' hands.",
        Remediation = new()
        {
            Text = "Allow only the accounts of your organization in the vault access policy (name them, or use aws:PrincipalOrgID for cross-account copies), and add an explicit Deny of backup:DeleteRecoveryPoint and backup:PutBackupVaultAccessPolicy for everyone but the backup administrators; lock the vault. The check asks Vigil's IAM engine whether a role session of an unknown account, whose own identity policy allows everything, may describe, list, copy into or manage the vault.",
            Cli = """
                aws backup put-backup-vault-access-policy --backup-vault-name VAULT --policy file://vault-policy.json
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
                    BackupVaultName: acme-dr
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

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(BackupVault vault, CheckContext context) =>
        PublicResourcePolicy.Evaluate(vault, vault.Policy, context, ExposureProbeSets.BackupVault, "access policy");
}
