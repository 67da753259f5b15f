using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupVaultClassificationTagged : ClassificationTagCheck<BackupVault>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-vault-classification-tagged",
        Title = "AWS Backup vaults carry the data-classification tags",
        Severity = Severity.Low,
        Service = "backup",
        Domain = Domain.Governance,
        Risk = "A vault holds copies of every data store it backs up, so it must be classified at least as high as the most sensitive of them. Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws backup tag-resource --resource-arn VAULT_ARN --tags data-classification=restricted",
            Terraform = """
                resource "aws_backup_vault" "this" {
                  name = "VAULT"
                  tags = {
                    "data-classification" = "restricted"
                  }
                }
                """,
            CloudFormation = """
                Vault:
                  Type: AWS::Backup::BackupVault
                  Properties:
                    BackupVaultName: VAULT
                    BackupVaultTags:
                      data-classification: restricted
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_TagResource.html",
        },
    };

    protected override string Subject(BackupVault vault) => $"Backup vault {vault.Name}";
}
