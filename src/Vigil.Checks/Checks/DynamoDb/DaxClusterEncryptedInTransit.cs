using Vigil.Core.Checks;
using Vigil.Core.Model.Dax;

namespace Vigil.Checks.Checks.DynamoDb;

internal sealed class DaxClusterEncryptedInTransit : Check<DaxCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "dynamodb-dax-cluster-encrypted-in-transit",
        Title = "DynamoDB Accelerator clusters encrypt connections with TLS",
        Severity = Severity.Medium,
        Service = "dynamodb",
        Domain = Domain.DataProtection,
        Risk = "Without TLS on the cluster endpoint, table items and queries travel between the application and the cache in clear text, readable and alterable by anything on the network path.",
        Remediation = new()
        {
            Text = "Endpoint encryption can only be chosen when a cluster is created: create a new cluster with endpoint encryption type TLS, switch the application to its daxs:// endpoint and delete the old cluster.",
            Cli = "aws dax create-cluster --cluster-name CLUSTER_NAME-tls --node-type dax.r5.large --replication-factor 3 --iam-role-arn ROLE_ARN --subnet-group-name SUBNET_GROUP --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS",
            Terraform = """
                resource "aws_dax_cluster" "this" {
                  cluster_name                     = "app-cache"
                  node_type                        = "dax.r5.large"
                  replication_factor               = 3
                  iam_role_arn                     = aws_iam_role.dax.arn
                  cluster_endpoint_encryption_type = "TLS"
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
                """,
            Url = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["EndpointEncryptionType"];

    public override CheckOutcome Evaluate(DaxCluster cluster, CheckContext context) => cluster.EndpointEncryptionType == "TLS"
        ? Pass($"DAX cluster {cluster.Name} encrypts connections to its endpoint with TLS.")
        : Fail($"DAX cluster {cluster.Name} accepts unencrypted connections (endpoint encryption {cluster.EndpointEncryptionType}).");
}
