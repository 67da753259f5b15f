using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterBacktrackingEnabled : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-backtracking-enabled",
        Title = "Aurora MySQL DB clusters have backtracking enabled",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Without backtracking, undoing a destructive statement or bad deployment on an Aurora MySQL cluster means a point-in-time restore into a new cluster, which takes far longer and changes the endpoints.",
        Remediation = new()
        {
            Text = "Backtracking can only be enabled when a cluster is created or restored: restore the cluster (or a snapshot of it) into a new cluster with a backtrack window, e.g. 24 hours.",
            Cli = "aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier CLUSTER --db-cluster-identifier NEW_CLUSTER --use-latest-restorable-time --backtrack-window 86400",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  engine = "aurora-mysql"
                  # ...
                  backtrack_window = 86400 # seconds (24 hours)
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    Engine: aurora-mysql
                    BacktrackWindow: 86400
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["BacktrackWindow"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        // Backtracking exists only for Aurora MySQL.
        if (!RdsEngines.IsAuroraMySql(cluster.Engine)) return NotApplicable;
        return cluster.BacktrackWindow is > 0
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} can backtrack {cluster.BacktrackWindow} seconds.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not have backtracking enabled.");
    }
}
