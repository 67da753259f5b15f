using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupPlanCopyInAllowedRegion : Check<BackupPlan>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-plan-copy-in-allowed-region",
        Title = "AWS Backup plans copy recovery points only to allowed regions",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.Governance,
        Risk = "A copy action is a standing transfer of the protected data: a destination vault outside the allowed regions puts a full copy of databases, volumes and file systems where residency commitments forbid it, even when the sources themselves are in the right place.",
        Remediation = new()
        {
            Text = "Point the copy action at a vault in an allowed region (a different allowed region still gives a cross-region copy), then let the recovery points already copied to the old destination expire or delete them.",
            Cli = "aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan.json   # CopyActions[].DestinationBackupVaultArn in ALLOWED_REGION",
            Terraform = """
                resource "aws_backup_plan" "daily" {
                  name = "daily"
                  rule {
                    rule_name         = "daily"
                    target_vault_name = aws_backup_vault.primary.name
                    copy_action {
                      destination_vault_arn = "arn:aws:backup:ALLOWED_REGION:ACCOUNT_ID:backup-vault:dr"
                    }
                  }
                }
                """,
            CloudFormation = """
                DailyPlan:
                  Type: AWS::Backup::BackupPlan
                  Properties:
                    BackupPlan:
                      BackupPlanName: daily
                      BackupPlanRule:
                        - RuleName: daily
                          TargetBackupVault: !Ref PrimaryVault
                          CopyActions:
                            - DestinationBackupVaultArn: arn:aws:backup:ALLOWED_REGION:ACCOUNT_ID:backup-vault:dr
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Rules"];

    public override CheckOutcome Evaluate(BackupPlan plan, CheckContext context)
    {
        var allowed = context.Settings.AllowedRegions;
        var destinations = plan.Rules.SelectMany(r => r.CopyDestinationVaultArns).Distinct(StringComparer.Ordinal).ToList();
        if (allowed.Count == 0 || destinations.Count == 0) return NotApplicable;
        var outside = destinations.Where(arn => !BackupVaultArn.TryParse(arn, out var vault) || !AllowedRegions.Contains(allowed, vault.Region)).ToList();
        return outside.Count == 0
            ? Pass($"Backup plan {plan.Name} copies only to vaults in allowed regions ({string.Join(", ", destinations)}).")
            : Fail($"Backup plan {plan.Name} copies recovery points to {string.Join(", ", outside)}, outside the allowed regions ({AllowedRegions.Text(allowed)}).");
    }
}
