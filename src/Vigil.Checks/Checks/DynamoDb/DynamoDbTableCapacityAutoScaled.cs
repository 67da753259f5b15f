using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableCapacityAutoScaled : Check<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-capacity-auto-scaled",
        Title = "DynamoDB tables scale capacity with demand (on-demand or auto scaling)",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Resilience,
        Risk = "A provisioned table with fixed capacity throttles reads and writes when traffic grows, so a traffic spike or a busy batch job turns into failed requests and an outage.",
        Remediation = new()
        {
            Text = "Switch the table to on-demand capacity, or register its read and write capacity with Application Auto Scaling and a target-tracking policy.",
            Cli = "aws dynamodb update-table --table-name TABLE_NAME --billing-mode PAY_PER_REQUEST",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  # ...
                  billing_mode = "PAY_PER_REQUEST"
                }
                """,
            CloudFormation = """
                Table:
                  Type: AWS::DynamoDB::Table
                  Properties:
                    # ...
                    BillingMode: PAY_PER_REQUEST
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["TableStatus", "BillingMode", "AutoScalingConfigured"];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        if (table.TableStatus is "DELETING" or "ARCHIVED") return NotApplicable;
        if (table.BillingMode == "PAY_PER_REQUEST") return Pass($"Table {table.Name} uses on-demand capacity.");
        return table.AutoScalingConfigured
            ? Pass($"Table {table.Name} uses provisioned capacity with auto scaling.")
            : Fail($"Table {table.Name} uses provisioned capacity without auto scaling.");
    }
}
