using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterStorageEncrypted : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-storage-encrypted",
        Title = "RDS DB clusters encrypt their storage at rest",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "An unencrypted cluster volume, its backups and snapshots expose the data to anyone who obtains the storage or a copied snapshot, and fail most data-protection obligations.",
        Remediation = new()
        {
            Text = "Encryption cannot be turned on for an existing cluster: snapshot it, restore the snapshot into a new cluster with a KMS key and switch the application to it.",
            Cli = "aws rds restore-db-cluster-from-snapshot --db-cluster-identifier NEW_CLUSTER --snapshot-identifier SNAPSHOT --engine ENGINE --kms-key-id KEY_ID",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  storage_encrypted = true
                  kms_key_id        = aws_kms_key.rds.arn
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    StorageEncrypted: true
                    KmsKeyId: !Ref RdsKey
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["StorageEncrypted"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine)) return NotApplicable;
        return cluster.StorageEncrypted
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} encrypts its storage at rest.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not encrypt its storage at rest.");
    }
}
