using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceEncryptedInTransit : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-encrypted-in-transit",
        Title = "RDS for PostgreSQL and MySQL DB instances require TLS connections",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "When the engine accepts plain-text connections, a misconfigured client sends credentials and query results unencrypted, where anyone on the network path can read or alter them.",
        Remediation = new()
        {
            Text = "In the instance's DB parameter group set rds.force_ssl = 1 (PostgreSQL) or require_secure_transport = 1 (MySQL), and make sure clients connect with TLS and verify the RDS certificate.",
            Cli = "aws rds modify-db-parameter-group --db-parameter-group-name PARAMETER_GROUP --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate  # require_secure_transport for MySQL",
            Terraform = """
                resource "aws_db_parameter_group" "postgres" {
                  family = "postgres16"
                  # ...
                  parameter {
                    name  = "rds.force_ssl"
                    value = "1"
                  }
                }
                """,
            CloudFormation = """
                ParameterGroup:
                  Type: AWS::RDS::DBParameterGroup
                  Properties:
                    Family: mysql8.0
                    Description: Require TLS
                    Parameters:
                      require_secure_transport: "1"
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "Parameters"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        var parameter = instance.Engine switch
        {
            "postgres" => "rds.force_ssl",
            "mysql" => "require_secure_transport",
            _ => null,
        };
        if (parameter is null || instance.DbClusterIdentifier is not null) return NotApplicable;
        if (!instance.Parameters.TryGetValue(parameter, out var value))
            return CheckOutcome.Error($"The {parameter} parameter of DB instance {instance.DbInstanceIdentifier} was not collected.");
        return value is "1" || value.Equals("ON", StringComparison.OrdinalIgnoreCase)
            ? Pass($"DB instance {instance.DbInstanceIdentifier} requires TLS ({parameter} = {value}).")
            : Fail($"DB instance {instance.DbInstanceIdentifier} accepts unencrypted connections ({parameter} = {value}).");
    }
}
