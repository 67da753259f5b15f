using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterAutoMinorVersionUpgrade : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-auto-minor-version-upgrade",
        Title = "RDS Multi-AZ DB clusters apply minor engine version upgrades automatically",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Minor engine versions carry security fixes; without automatic minor version upgrades a Multi-AZ DB cluster keeps running engine versions with known vulnerabilities until someone patches it by hand.",
        Remediation = new()
        {
            Text = "Enable auto minor version upgrade on the Multi-AZ DB cluster so RDS applies new minor versions during its maintenance window.",
            Cli = "aws rds modify-db-cluster --db-cluster-identifier CLUSTER --auto-minor-version-upgrade --apply-immediately",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  engine = "postgres"
                  # ... (Multi-AZ DB cluster: db_cluster_instance_class, storage_type, allocated_storage, iops)
                  auto_minor_version_upgrade = true
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    Engine: postgres
                    AutoMinorVersionUpgrade: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts-upgrading.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AutoMinorVersionUpgrade"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        // The cluster-level setting belongs to Multi-AZ DB clusters (engines mysql and postgres); Aurora applies
        // minor versions per instance (rds-instance-auto-minor-version-upgrade).
        if (cluster.Engine is not ("mysql" or "postgres")) return NotApplicable;
        return cluster.AutoMinorVersionUpgrade
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} applies minor version upgrades automatically.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} has auto minor version upgrade disabled.");
    }
}
