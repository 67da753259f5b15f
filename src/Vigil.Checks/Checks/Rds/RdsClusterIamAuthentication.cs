using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterIamAuthentication : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-iam-authentication",
        Title = "RDS DB clusters have IAM database authentication enabled",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Identity,
        Risk = "Without IAM authentication every client of the cluster uses long-lived database passwords that are copied into configuration, rarely rotated and outside the account's identity controls.",
        Remediation = new()
        {
            Text = "Enable IAM database authentication on the cluster, map database users to IAM and grant rds-db:connect to the principals that need access.",
            Cli = "aws rds modify-db-cluster --db-cluster-identifier CLUSTER --enable-iam-database-authentication --apply-immediately",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  iam_database_authentication_enabled = true
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    EnableIAMDatabaseAuthentication: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.Enabling.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["IamDatabaseAuthenticationEnabled"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine) || !RdsEngines.SupportsIamAuthentication(cluster.Engine)) return NotApplicable;
        return cluster.IamDatabaseAuthenticationEnabled
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} has IAM database authentication enabled.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not have IAM database authentication enabled.");
    }
}
