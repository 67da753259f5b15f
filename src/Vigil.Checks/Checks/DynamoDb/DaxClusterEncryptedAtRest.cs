using Vigil.Core.Checks;
using Vigil.Core.Model.Dax;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DaxClusterEncryptedAtRest : Check<DaxCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-dax-cluster-encrypted-at-rest",
        Title = "DynamoDB Accelerator clusters are encrypted at rest",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.DataProtection,
        Risk = "A DAX cluster caches table items, query results and logs on its nodes' disks; without server-side encryption that copy of the table's data sits unencrypted outside DynamoDB's own encryption.",
        Remediation = new()
        {
            Text = "Encryption at rest can only be chosen when a cluster is created: create a new cluster with server-side encryption enabled, point the application at its endpoint and delete the unencrypted one.",
            Cli = "aws dax create-cluster --cluster-name CLUSTER_NAME-encrypted --node-type dax.r5.large --replication-factor 3 --iam-role-arn ROLE_ARN --subnet-group-name SUBNET_GROUP --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS",
            Terraform = """
                resource "aws_dax_cluster" "this" {
                  cluster_name                     = "app-cache"
                  node_type                        = "dax.r5.large"
                  replication_factor               = 3
                  iam_role_arn                     = aws_iam_role.dax.arn
                  cluster_endpoint_encryption_type = "TLS"
                  server_side_encryption {
                    enabled = true
                  }
                }
                """,
            CloudFormation = """
                Cache:
                  Type: AWS::DAX::Cluster
                  Properties:
                    NodeType: dax.r5.large
                    ReplicationFactor: 3
                    IAMRoleARN: !GetAtt DaxRole.Arn
                    ClusterEndpointEncryptionType: TLS
                    SSESpecification:
                      SSEEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SseStatus"];

    public override CheckOutcome Evaluate(DaxCluster cluster, CheckContext context) => cluster.SseStatus == "ENABLED"
        ? Pass($"DAX cluster {cluster.Name} is encrypted at rest.")
        : Fail($"DAX cluster {cluster.Name} is not encrypted at rest (server-side encryption {cluster.SseStatus.ToLowerInvariant()}).");
}
