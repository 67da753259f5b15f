using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterClassificationTagged : ClassificationTagCheck<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-classification-tagged",
        Title = "RDS DB clusters carry the data-classification tags",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws rds add-tags-to-resource --resource-name DB_CLUSTER_ARN --tags Key=data-classification,Value=confidential",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  cluster_identifier = "DB_CLUSTER_ID"
                  tags = {
                    "data-classification" = "confidential"
                  }
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    Tags:
                      - Key: data-classification
                        Value: confidential
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html",
        },
    };

    protected override string Subject(RdsCluster cluster) => $"DB cluster {cluster.DbClusterIdentifier}";
}
