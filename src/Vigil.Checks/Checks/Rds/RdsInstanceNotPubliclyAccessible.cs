using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceNotPubliclyAccessible : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-not-publicly-accessible",
        Title = "RDS DB instances are not publicly accessible",
        Severity = Severity.Critical,
        Service = "rds",
        Domain = Domain.Network,
        Risk = "A publicly accessible instance gets a public DNS name and IP address, so one permissive security group rule exposes the database listener to password guessing and engine exploits from the whole internet.",
        Remediation = new()
        {
            Text = "Turn off public accessibility and reach the database from inside the VPC (application subnets, a bastion, Session Manager port forwarding or a VPN).",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --no-publicly-accessible --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  publicly_accessible = false
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    PubliclyAccessible: false
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PubliclyAccessible"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context) => instance.PubliclyAccessible
        ? Fail($"DB instance {instance.DbInstanceIdentifier} is publicly accessible.")
        : Pass($"DB instance {instance.DbInstanceIdentifier} is not publicly accessible.");
}
