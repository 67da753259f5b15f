using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

internal sealed class BackupPlanRetentionMinDays : Check<BackupPlan>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "backup-plan-retention-min-days",
        Title = "AWS Backup plan rules keep recovery points at least the configured minimum",
        Severity = Severity.Medium,
        Service = "backup",
        Domain = Domain.Resilience,
        Risk = "Recovery points deleted after a few days are gone before many incidents are even noticed (silent corruption, a compromise discovered weeks later, ransomware that waits), leaving nothing clean to restore.",
        Remediation = new()
        {
            Text = "Set each rule's lifecycle to delete recovery points no sooner than backupRetentionMinDays (AWS Backup Audit Manager's default is 35 days), or remove the deletion so they are kept until deleted by hand.",
            Cli = "aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan.json   # Rules[].Lifecycle.DeleteAfterDays >= 35",
            Terraform = """
                resource "aws_backup_plan" "daily" {
                  name = "daily"
                  rule {
                    rule_name         = "daily"
                    target_vault_name = aws_backup_vault.primary.name
                    schedule          = "cron(0 5 ? * * *)"
                    lifecycle {
                      delete_after = 35
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
                          ScheduleExpression: cron(0 5 ? * * *)
                          Lifecycle:
                            DeleteAfterDays: 35
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Rules"];

    public override CheckOutcome Evaluate(BackupPlan plan, CheckContext context)
    {
        if (plan.Rules.Count == 0) return NotApplicable;
        var minimum = context.Settings.BackupRetentionMinDays;
        var tooShort = plan.Rules.Where(r => r.DeleteAfterDays is { } days && days < minimum).ToList();
        return tooShort.Count == 0
            ? Pass($"Every rule of backup plan {plan.Name} keeps recovery points at least {minimum} days.")
            : Fail($"Backup plan {plan.Name} deletes recovery points before {minimum} days: " +
                   string.Join(", ", tooShort.Select(r => $"rule {r.RuleName} after {r.DeleteAfterDays} days")) + ".");
    }
}
