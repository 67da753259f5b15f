using Vigil.Checks.Checks.Backup;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceInBackupPlan : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-in-backup-plan",
        Title = "RDS DB instances are protected by an AWS Backup plan",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Automated RDS backups disappear with the instance and keep at most 35 days; an instance outside any AWS Backup plan has no centrally governed, retained and copyable recovery point.",
        Remediation = new()
        {
            Text = "Add the DB instance to the resource selection of an AWS Backup plan (by ARN, by resource type arn:aws:rds:*:*:db:* or by tag). Instances that belong to a cluster are backed up with their cluster.",
            Cli = "aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{\"SelectionName\":\"rds\",\"IamRoleArn\":\"BACKUP_ROLE_ARN\",\"Resources\":[\"RESOURCE_ARN\"]}'",
            Terraform = """
                resource "aws_backup_selection" "this" {
                  name         = "rds"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_db_instance.this.arn]
                }
                """,
            CloudFormation = """
                Selection:
                  Type: AWS::Backup::BackupSelection
                  Properties:
                    BackupPlanId: !Ref DailyPlan
                    BackupSelection:
                      SelectionName: rds
                      IamRoleArn: !GetAtt BackupRole.Arn
                      Resources:
                        - !Sub arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:${Database}
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(RdsInstance), typeof(BackupPlan)];

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        if (!(instance.DbClusterIdentifier is null)) return NotApplicable;
        return BackupCoverage.Evaluate(instance, static r => $"DB instance {r.DbInstanceIdentifier}", context);
    }
}
