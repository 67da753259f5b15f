using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceNonDefaultPort : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-non-default-port",
        Title = "RDS DB instances listen on a port other than the engine's default",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.Network,
        Risk = "Automated scanners and worms probe the well-known database ports (3306, 5432, 1433, 1521) first; a default port makes an exposed or misconfigured database easier to find.",
        Remediation = new()
        {
            Text = "Move the database to a non-default port and update the security groups and application connection strings (a short outage while the instance restarts).",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --db-port-number 15432 --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  port = 15432
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    Port: "15432"
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Port"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        if (RdsEngines.DefaultPort(instance.Engine) is not { } defaultPort) return NotApplicable;
        return instance.Port switch
        {
            null => CheckOutcome.Error($"The port of DB instance {instance.DbInstanceIdentifier} was not collected."),
            var port when port == defaultPort => Fail($"DB instance {instance.DbInstanceIdentifier} listens on {instance.Engine}'s default port {port}."),
            var port => Pass($"DB instance {instance.DbInstanceIdentifier} listens on port {port}, not the engine's default."),
        };
    }
}
