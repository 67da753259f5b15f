using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceMultiAz : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-multi-az",
        Title = "RDS DB instances are deployed in multiple Availability Zones",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "A single-AZ instance is unavailable for the whole duration of an Availability Zone outage, a host failure or storage maintenance, and recovering it means restoring from backup with data loss up to the last backup.",
        Remediation = new()
        {
            Text = "Convert the instance to a Multi-AZ deployment (a synchronous standby in another Availability Zone with automatic failover).",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --multi-az --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  multi_az = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    MultiAZ: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "MultiAz"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Cluster members get their availability from the cluster (rds-cluster-multi-az).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        return instance.MultiAz
            ? Pass($"DB instance {instance.DbInstanceIdentifier} is a Multi-AZ deployment.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} runs in a single Availability Zone.");
    }
}
