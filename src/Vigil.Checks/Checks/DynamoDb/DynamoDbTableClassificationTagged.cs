using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DynamoDbTableClassificationTagged : ClassificationTagCheck<DynamoDbTable>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-table-classification-tagged",
        Title = "DynamoDB tables carry the data-classification tags",
        Severity = Severity.Low,
        Service = "dynamodb",
        Domain = Domain.Governance,
        Risk = "Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws dynamodb tag-resource --resource-arn TABLE_ARN --tags Key=data-classification,Value=confidential",
            Terraform = """
                resource "aws_dynamodb_table" "this" {
                  name = "TABLE"
                  tags = {
                    "data-classification" = "confidential"
                  }
                }
                """,
            CloudFormation = """
                Table:
                  Type: AWS::DynamoDB::Table
                  Properties:
                    Tags:
                      - Key: data-classification
                        Value: confidential
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.Operations.html",
        },
    };

    protected override string Subject(DynamoDbTable table) => $"Table {table.Name}";
}
