using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableReplicasInAllowedRegion : Check<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-replicas-in-allowed-region",
        Title = "DynamoDB global tables replicate only to allowed regions",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Governance,
        Risk = "Every item written to a global table is copied to each replica region within seconds: one replica outside the allowed regions keeps a full, live copy of the data where residency commitments forbid it.",
        Remediation = new()
        {
            Text = "Remove the replica in the region that is not allowed (it deletes that replica table); add one in an allowed region instead if the table needs a second region.",
            Cli = "aws dynamodb update-table --table-name TABLE --replica-updates '[{\"Delete\":{\"RegionName\":\"DISALLOWED_REGION\"}}]'",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  name         = "TABLE"
                  billing_mode = "PAY_PER_REQUEST"
                  hash_key     = "id"
                  attribute {
                    name = "id"
                    type = "S"
                  }
                  # Only allowed regions.
                  replica {
                    region_name = "ALLOWED_REGION"
                  }
                }
                """,
            CloudFormation = """
                Table:
                  Type: AWS::DynamoDB::GlobalTable
                  Properties:
                    Replicas:
                      - Region: !Ref AWS::Region
                      - Region: ALLOWED_REGION
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["ReplicaRegions"];

    public override CheckOutcome Evaluate(DynamoDbTable table, CheckContext context)
    {
        var allowed = context.Settings.AllowedRegions;
        if (allowed.Count == 0 || table.ReplicaRegions.Count == 0) return NotApplicable;
        var outside = table.ReplicaRegions.Where(r => !AllowedRegions.Contains(allowed, r)).ToList();
        return outside.Count == 0
            ? Pass($"Global table {table.Name} has replicas only in allowed regions ({string.Join(", ", table.ReplicaRegions)}).")
            : Fail($"Global table {table.Name} has replicas in {string.Join(", ", outside)}, outside the allowed regions ({AllowedRegions.Text(allowed)}).");
    }
}
