using Vigil.Checks.Checks.Backup;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterInBackupPlan : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-in-backup-plan",
        Title = "RDS DB clusters are protected by an AWS Backup plan",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Aurora automated backups disappear with the cluster and keep at most 35 days; a cluster outside any AWS Backup plan has no centrally governed, retained and copyable recovery point.",
        Remediation = new()
        {
            Text = "Add the DB cluster to the resource selection of an AWS Backup plan (by ARN, by resource type arn:aws:rds:*:*:cluster:* or by tag).",
            Cli = "aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{\"SelectionName\":\"rds\",\"IamRoleArn\":\"BACKUP_ROLE_ARN\",\"Resources\":[\"RESOURCE_ARN\"]}'",
            Terraform = """
                resource "aws_backup_selection" "this" {
                  name         = "rds"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_rds_cluster.this.arn]
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
                        - !Sub arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:cluster:${Cluster}
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(RdsCluster), typeof(BackupPlan)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        return BackupCoverage.Evaluate(cluster, static r => $"DB cluster {r.DbClusterIdentifier}", context);
    }
}
