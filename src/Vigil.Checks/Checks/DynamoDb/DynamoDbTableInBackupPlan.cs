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
        Risk = "A table outside any backup plan has no scheduled, retained backups beyond the 35-day point-in-time window, so long-unnoticed corruption or a deleted table cannot be restored.",
        Remediation = new()
        {
            Text = "Add the table to the resource selection of an AWS Backup plan (by ARN or by a tag the selection matches) with a schedule and retention that fit its recovery objectives.",
            Cli = "aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{\"SelectionName\":\"dynamodb\",\"IamRoleArn\":\"arn:aws:iam::ACCOUNT_ID:role/service-role/AWSBackupDefaultServiceRole\",\"Resources\":[\"arn:aws:dynamodb:REGION:ACCOUNT_ID:table/TABLE_NAME\"]}'",
            Terraform = """
                resource "aws_backup_selection" "dynamodb" {
                  name         = "dynamodb"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_dynamodb_table.this.arn]
                }
                """,
            CloudFormation = """
                DynamoDbSelection:
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

    public override IReadOnlyList<string>? Reads => ["TableStatus"];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        if (table.TableStatus is "DELETING" or "ARCHIVED") return NotApplicable;
        return BackupCoverage.Evaluate(table, $"Table {table.Name}", context);
    }
}
