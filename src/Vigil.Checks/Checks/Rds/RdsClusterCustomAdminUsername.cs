using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterCustomAdminUsername : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-custom-admin-username",
        Title = "RDS DB clusters use a custom administrator username",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Identity,
        Risk = "A default administrator name (admin, postgres) is the first one attackers try, so brute-force and credential-stuffing attacks against the cluster need to guess only the password.",
        Remediation = new()
        {
            Text = "The master username cannot be changed: restore a snapshot into a new cluster with a custom master username, or create a new administrative user and stop using the default one.",
            Cli = "aws rds create-db-cluster --db-cluster-identifier NEW_CLUSTER --engine aurora-postgresql --master-username acme_dba --manage-master-user-password",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  master_username             = "acme_dba"
                  manage_master_user_password = true
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    MasterUsername: acme_dba
                    ManageMasterUserPassword: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["MasterUsername"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine)) return NotApplicable;
        if (cluster.MasterUsername is not { } username)
            return CheckOutcome.Error($"The master username of DB cluster {cluster.DbClusterIdentifier} was not collected.");
        return RdsEngines.IsDefaultMasterUsername(username)
            ? Fail($"DB cluster {cluster.DbClusterIdentifier} uses the default administrator username {username}.")
            : Pass($"DB cluster {cluster.DbClusterIdentifier} uses a custom administrator username.");
    }
}
