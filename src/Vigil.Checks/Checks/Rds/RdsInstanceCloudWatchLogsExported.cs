using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceCloudWatchLogsExported : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-cloudwatch-logs-exported",
        Title = "RDS DB instances publish their database logs to CloudWatch Logs",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Database logs kept only on the instance rotate away within days and vanish with the instance, leaving no record of failed logins, privilege changes or suspicious queries for detection and forensics.",
        Remediation = new()
        {
            Text = "Export the engine's audit, error and activity logs to CloudWatch Logs (MySQL/MariaDB: audit, error, general, slowquery with an audit plugin option group; PostgreSQL: postgresql, upgrade; Oracle: alert, audit, trace, listener; SQL Server: error, agent).",
            Cli = """aws rds modify-db-instance --db-instance-identifier INSTANCE --cloudwatch-logs-export-configuration '{"EnableLogTypes":["postgresql","upgrade"]}' --apply-immediately""",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    EnableCloudwatchLogsExports: [postgresql, upgrade]
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "EnabledCloudwatchLogsExports"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Cluster members export through their cluster (rds-cluster-cloudwatch-logs-exported).
        if (instance.DbClusterIdentifier is not null) return NotApplicable;
        if (RdsEngines.RequiredInstanceLogExports(instance.Engine) is not { } required) return NotApplicable;
        var missing = required.Where(t => !instance.EnabledCloudwatchLogsExports.Contains(t, StringComparer.Ordinal)).ToList();
        return missing.Count == 0
            ? Pass($"DB instance {instance.DbInstanceIdentifier} publishes its {string.Join(", ", required)} logs to CloudWatch Logs.")
            : Fail($"DB instance {instance.DbInstanceIdentifier} does not publish its {string.Join(", ", missing)} logs to CloudWatch Logs.");
    }
}
