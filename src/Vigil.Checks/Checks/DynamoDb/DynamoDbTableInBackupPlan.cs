using Vigil.Checks.Checks.Backup;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableInBackupPlan : Check<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-in-backup-plan",
        Title = "DynamoDB tables are protected by an AWS Backup plan",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Resilience,
        Risk = "Point-in-time recovery keeps 35 days at most and is deleted with the table; a table outside any AWS Backup plan has no long-term, copyable and deletion-protected recovery point.",
        Remediation = new()
        {
            Text = "Add the table to the resource selection of an AWS Backup plan (by ARN, by resource type arn:aws:dynamodb:*:*:table/* or by tag).",
            Cli = "aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{\"SelectionName\":\"dynamodb\",\"IamRoleArn\":\"BACKUP_ROLE_ARN\",\"Resources\":[\"RESOURCE_ARN\"]}'",
            Terraform = """
                resource "aws_backup_selection" "this" {
                  name         = "dynamodb"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_dynamodb_table.this.arn]
                }
                """,
            CloudFormation = """
                Selection:
                  Type: AWS::Backup::BackupSelection
                  Properties:
                    BackupPlanId: !Ref DailyPlan
                    BackupSelection:
                      SelectionName: dynamodb
                      IamRoleArn: !GetAtt BackupRole.Arn
                      Resources:
                        - !GetAtt Table.Arn
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(DynamoDbTable), typeof(BackupPlan)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        return BackupCoverage.Evaluate(table, static r => $"Table {r.Name}", context);
    }
}
