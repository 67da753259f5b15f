using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterCopyTagsToSnapshots : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-copy-tags-to-snapshots",
        Title = "RDS DB clusters copy their tags to snapshots",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Cluster snapshots without the cluster's tags lose their owner, data classification and cost allocation, so tag-based access control, retention and clean-up policies miss them.",
        Remediation = new()
        {
            Text = "Enable copying tags to snapshots on the cluster; tag existing snapshots by hand.",
            Cli = "aws rds modify-db-cluster --db-cluster-identifier CLUSTER --copy-tags-to-snapshot --apply-immediately",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  copy_tags_to_snapshot = true
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    CopyTagsToSnapshot: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html#USER_Tagging.CopyTags",
        },
    };

    public override IReadOnlyList<string>? Reads => ["CopyTagsToSnapshot"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine)) return NotApplicable;
        return cluster.CopyTagsToSnapshot
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} copies its tags to snapshots.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not copy its tags to snapshots.");
    }
}
