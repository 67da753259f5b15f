using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceCustomAdminUsername : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-custom-admin-username",
        Title = "RDS DB instances use a custom administrator username",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Identity,
        Risk = "A default administrator name (admin, postgres) is the first one attackers try, so brute-force and credential-stuffing attacks need to guess only the password.",
        Remediation = new()
        {
            Text = "The master username cannot be changed: create a new instance (or restore a snapshot into one) with a custom master username, or create a new administrative user and stop using the default one.",
            Cli = "aws rds create-db-instance --db-instance-identifier NEW_INSTANCE --engine ENGINE --db-instance-class CLASS --allocated-storage 20 --master-username acme_dba --manage-master-user-password",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  username                    = "acme_dba"
                  manage_master_user_password = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    MasterUsername: acme_dba
                    ManageMasterUserPassword: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "MasterUsername"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // A cluster member's administrator belongs to its cluster (rds-cluster-custom-admin-username).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        if (instance.MasterUsername is not { } username)
            return CheckOutcome.Error($"The master username of DB instance {instance.DbInstanceIdentifier} was not collected.");
        return RdsEngines.IsDefaultMasterUsername(username)
            ? Fail($"DB instance {instance.DbInstanceIdentifier} uses the default administrator username {username}.")
            : Pass($"DB instance {instance.DbInstanceIdentifier} uses a custom administrator username.");
    }
}
