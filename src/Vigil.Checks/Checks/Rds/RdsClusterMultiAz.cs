using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterMultiAz : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-multi-az",
        Title = "RDS DB clusters have instances in multiple Availability Zones",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "A cluster whose instances all sit in one Availability Zone has nothing to fail over to when that zone or its only writer fails, so the database is down until a new instance is created.",
        Remediation = new()
        {
            Text = "Add a reader instance in another Availability Zone (Aurora promotes it on failure), or create Multi-AZ DB clusters with instances in three zones.",
            Cli = "aws rds create-db-instance --db-cluster-identifier CLUSTER --db-instance-identifier CLUSTER-reader-1 --engine ENGINE --db-instance-class CLASS --availability-zone OTHER_AZ",
            Terraform = """
                resource "aws_rds_cluster_instance" "reader" {
                  cluster_identifier = aws_rds_cluster.this.id
                  engine             = aws_rds_cluster.this.engine
                  instance_class     = "db.r6g.large"
                  availability_zone  = "us-east-1b" # a zone other than the writer's
                }
                """,
            CloudFormation = """
                Reader:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    DBClusterIdentifier: !Ref Cluster
                    Engine: aurora-postgresql
                    DBInstanceClass: db.r6g.large
                    AvailabilityZone: us-east-1b
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["MultiAz"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine)) return NotApplicable;
        return cluster.MultiAz
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} has instances in multiple Availability Zones.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} has its instances in a single Availability Zone.");
    }
}
