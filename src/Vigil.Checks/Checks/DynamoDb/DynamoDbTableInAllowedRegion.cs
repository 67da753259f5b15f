using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableInAllowedRegion : AllowedRegionCheck<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-in-allowed-region",
        Title = "DynamoDB tables are in an allowed region",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Export the table to S3 and import it into a new table in an allowed region (or add a global table replica there and remove the original replica), switch the application, and delete the original table.",
            Cli = "aws dynamodb update-table --table-name TABLE --replica-updates '[{\"Create\":{\"RegionName\":\"ALLOWED_REGION\"}}]'",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  name         = "TABLE"
                  billing_mode = "PAY_PER_REQUEST"
                  hash_key     = "id"
                  attribute {
                    name = "id"
                    type = "S"
                  }
                  replica {
                    region_name = "ALLOWED_REGION"
                  }
                }
                """,
            CloudFormation = """
                # Deploy in an allowed region.
                Table:
                  Type: AWS::DynamoDB::GlobalTable
                  Properties:
                    Replicas:
                      - Region: ALLOWED_REGION
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.HowItWorks.html",
        },
    };

    protected override string Subject(DynamoDbTable table) => $"Table {table.Name}";
}
