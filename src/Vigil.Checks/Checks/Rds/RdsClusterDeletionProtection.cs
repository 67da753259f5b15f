using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterDeletionProtection : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-deletion-protection",
        Title = "RDS DB clusters have deletion protection enabled",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Without deletion protection one mistaken command, pipeline run or compromised credential deletes the whole cluster and its continuous backups.",
        Remediation = new()
        {
            Text = "Enable deletion protection on the cluster; it must then be disabled explicitly before the cluster can be deleted.",
            Cli = "aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  deletion_protection = true
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  DeletionPolicy: Snapshot
                  Properties:
                    DeletionProtection: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DeletionProtection"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine)) return NotApplicable;
        return cluster.DeletionProtection
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} has deletion protection enabled.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not have deletion protection enabled.");
    }
}
