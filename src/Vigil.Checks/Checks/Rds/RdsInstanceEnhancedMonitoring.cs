using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceEnhancedMonitoring : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-enhanced-monitoring",
        Title = "RDS DB instances have enhanced monitoring enabled",
        Severity = Severity.Low,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without enhanced monitoring there are no operating-system metrics (processes, memory, file system, per-second CPU) to detect resource exhaustion, runaway queries or abuse of the database host.",
        Remediation = new()
        {
            Text = "Enable enhanced monitoring with a monitoring interval (1 to 60 seconds) and a role that lets RDS publish to CloudWatch Logs.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::ACCOUNT_ID:role/rds-monitoring-role --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  monitoring_interval = 60
                  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    MonitoringInterval: 60
                    MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["MonitoringInterval"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context) => instance.MonitoringInterval > 0
        ? Pass($"DB instance {instance.DbInstanceIdentifier} has enhanced monitoring every {instance.MonitoringInterval} seconds.")
        : Fail($"DB instance {instance.DbInstanceIdentifier} does not have enhanced monitoring enabled.");
}
