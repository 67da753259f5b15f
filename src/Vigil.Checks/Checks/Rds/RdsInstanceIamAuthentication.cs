using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceIamAuthentication : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-iam-authentication",
        Title = "RDS DB instances have IAM database authentication enabled",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Identity,
        Risk = "Without IAM authentication every application and person connects with long-lived database passwords that are copied into configuration, rarely rotated and invisible to the account's identity controls.",
        Remediation = new()
        {
            Text = "Enable IAM database authentication, create database users mapped to IAM (the rds_iam role or AWSAuthenticationPlugin) and grant rds-db:connect to the principals that need access.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --enable-iam-database-authentication --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  iam_database_authentication_enabled = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    EnableIAMDatabaseAuthentication: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Enabling.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "IamDatabaseAuthenticationEnabled"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Cluster members authenticate through their cluster (rds-cluster-iam-authentication); Oracle, SQL Server
        // and Db2 do not support IAM database authentication.
        if (instance.DbClusterIdentifier is not null || !RdsEngines.SupportsIamAuthentication(instance.Engine)) return NotApplicable;
        return instance.IamDatabaseAuthenticationEnabled
            ? Pass($"DB instance {instance.DbInstanceIdentifier} has IAM database authentication enabled.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} does not have IAM database authentication enabled.");
    }
}
