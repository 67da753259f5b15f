using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTablePitrEnabled : Check<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-pitr-enabled",
        Title = "DynamoDB tables have point-in-time recovery enabled",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Resilience,
        Risk = "Without point-in-time recovery, an accidental bulk delete, a faulty deployment or ransomware overwriting items cannot be rolled back to a moment before the damage.",
        Remediation = new()
        {
            Text = "Turn on point-in-time recovery (continuous backups) for the table; it keeps a restorable history of up to 35 days.",
            Cli = "aws dynamodb update-continuous-backups --table-name TABLE_NAME --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  # ...
                  point_in_time_recovery {
                    enabled = true
                  }
                }
                """,
            CloudFormation = """
                Table:
                  Type: AWS::DynamoDB::Table
                  Properties:
                    # ...
                    PointInTimeRecoverySpecification:
                      PointInTimeRecoveryEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["TableStatus", "PointInTimeRecoveryEnabled"];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        if (table.TableStatus is "DELETING" or "ARCHIVED") return NotApplicable;
        return table.PointInTimeRecoveryEnabled
            ? Pass($"Table {table.Name} has point-in-time recovery enabled.")
            : Fail($"Table {table.Name} does not have point-in-time recovery enabled.");
    }
}
