using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceDeletionProtection : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-deletion-protection",
        Title = "RDS DB instances have deletion protection enabled",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Without deletion protection one mistaken console click, script or compromised credential deletes the database, and with it its automated backups unless they are retained.",
        Remediation = new()
        {
            Text = "Enable deletion protection on the instance; it must then be disabled explicitly before the instance can be deleted.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --deletion-protection --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  deletion_protection = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  DeletionPolicy: Snapshot
                  Properties:
                    DeletionProtection: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "DeletionProtection"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Aurora and Multi-AZ cluster members are protected at the cluster (rds-cluster-deletion-protection).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        return instance.DeletionProtection
            ? Pass($"DB instance {instance.DbInstanceIdentifier} has deletion protection enabled.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} does not have deletion protection enabled.");
    }
}
