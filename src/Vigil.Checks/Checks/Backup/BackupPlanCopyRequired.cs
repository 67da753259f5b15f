using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupPlanCopyRequired : Check<BackupPlan>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-plan-copy-required",
        Title = "AWS Backup plans copy recovery points to another region or account as configured",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.Resilience,
        Risk = "Recovery points kept only in the region and account they protect are lost with them: a regional outage, or an attacker or mistake with administrator rights in that account, takes the data and its backups together.",
        Remediation = new()
        {
            Text = "Add a copy action to a rule of the plan whose destination vault is in another region (cross-region) and/or another account of the organization (cross-account), as backupCopyRequired states; the destination vault must allow backup:CopyIntoBackupVault from the source account. Set backupCopyRequired to the copies your recovery policy demands.",
            Cli = "aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan.json   # Rules[].CopyActions[].DestinationBackupVaultArn",
            Terraform = """
                resource "aws_backup_plan" "daily" {
                  name = "daily"
                  rule {
                    rule_name         = "daily"
                    target_vault_name = aws_backup_vault.primary.name
                    schedule          = "cron(0 5 ? * * *)"
                    copy_action {
                      destination_vault_arn = "arn:aws:backup:OTHER_REGION:BACKUP_ACCOUNT_ID:backup-vault:dr"
                      lifecycle {
                        delete_after = 35
                      }
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
                            - DestinationBackupVaultArn: arn:aws:backup:OTHER_REGION:BACKUP_ACCOUNT_ID:backup-vault:dr
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Rules"];

    public override CheckOutcome Evaluate(BackupPlan plan, CheckContext context)
    {
        if (plan.Rules.Count == 0) return NotApplicable;
        var required = context.Settings.BackupCopyRequired;
        if (required.Count == 0)
            return Manual($"No copy requirement is configured (backupCopyRequired), so whether backup plan {plan.Name} needs copies elsewhere is for you to judge; it copies to " +
                          (Destinations(plan) is { Count: > 0 } destinations ? string.Join(", ", destinations) + "." : "nothing."));
        bool crossRegion = false, crossAccount = false;
        foreach (var rule in plan.Rules)
        {
            foreach (var arn in rule.CopyDestinationVaultArns)
            {
                if (!BackupVaultArn.TryParse(arn, out var vault)) continue;
                crossRegion |= vault.Region != plan.Region;
                crossAccount |= vault.AccountId != plan.AccountId;
            }
        }
        var missingRegion = !crossRegion && required.Contains(BackupCopyKinds.CrossRegion);
        var missingAccount = !crossAccount && required.Contains(BackupCopyKinds.CrossAccount);
        if (missingRegion || missingAccount)
        {
            var missing = missingRegion && missingAccount ? "another region or another account" : missingRegion ? "another region" : "another account";
            var destinations = Destinations(plan);
            return Fail($"Backup plan {plan.Name} copies no recovery point to {missing}" +
                        (destinations.Count == 0 ? " (it has no copy action)." : $" (its copies go to {string.Join(", ", destinations)})."));
        }
        return Pass($"Backup plan {plan.Name} copies recovery points to {string.Join(", ", Destinations(plan))}.");
    }

    private static List<string> Destinations(BackupPlan plan) =>
        [.. plan.Rules.SelectMany(r => r.CopyDestinationVaultArns).Distinct(StringComparer.Ordinal)];
}
