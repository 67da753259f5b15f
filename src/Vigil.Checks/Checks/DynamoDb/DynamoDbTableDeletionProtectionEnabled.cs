using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableDeletionProtectionEnabled : Check<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-deletion-protection-enabled",
        Title = "DynamoDB tables have deletion protection enabled",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Resilience,
        Risk = "Without deletion protection, one mistaken API call, console click or infrastructure-as-code change deletes the table and all its items at once.",
        Remediation = new()
        {
            Text = "Enable deletion protection on the table; it must then be turned off explicitly before the table can be deleted.",
            Cli = "aws dynamodb update-table --table-name TABLE_NAME --deletion-protection-enabled",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  # ...
                  deletion_protection_enabled = true
                }
                """,
            CloudFormation = """
                Table:
                  Type: AWS::DynamoDB::Table
                  Properties:
                    # ...
                    DeletionProtectionEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection",
        },
    };

    public override IReadOnlyList<string>? Reads => ["TableStatus", "DeletionProtectionEnabled"];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        if (table.TableStatus is "DELETING" or "ARCHIVED") return NotApplicable;
        return table.DeletionProtectionEnabled
            ? Pass($"Table {table.Name} has deletion protection enabled.")
            : Fail($"Table {table.Name} does not have deletion protection enabled.");
    }
}
