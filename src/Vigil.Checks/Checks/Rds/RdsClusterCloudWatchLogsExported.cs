using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsClusterCloudWatchLogsExported : Check<RdsCluster>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-cluster-cloudwatch-logs-exported",
        Title = "RDS DB clusters publish their database logs to CloudWatch Logs",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without audit and engine logs in CloudWatch Logs there is no durable record of logins, privilege changes and queries against the cluster for detection, investigation or compliance evidence.",
        Remediation = new()
        {
            Text = "Export the cluster's logs to CloudWatch Logs: audit for Aurora MySQL (with server_audit_logging enabled in the cluster parameter group), postgresql for Aurora PostgreSQL, and the engine's logs for Multi-AZ DB clusters.",
            Cli = """aws rds modify-db-cluster --db-cluster-identifier CLUSTER --cloudwatch-logs-export-configuration '{"EnableLogTypes":["audit"]}' --apply-immediately""",
            Terraform = """
                resource "aws_rds_cluster" "this" {
                  # ...
                  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"] # ["postgresql"] for Aurora PostgreSQL
                }
                """,
            CloudFormation = """
                Cluster:
                  Type: AWS::RDS::DBCluster
                  Properties:
                    EnableCloudwatchLogsExports: [postgresql]
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["EnabledCloudwatchLogsExports"];

    public override CheckOutcome Evaluate(RdsCluster cluster, CheckContext context)
    {
        if (!RdsEngines.IsRdsClusterEngine(cluster.Engine) || RdsEngines.RequiredClusterLogExports(cluster.Engine) is not { } required) return NotApplicable;
        var missing = required.Where(t => !cluster.EnabledCloudwatchLogsExports.Contains(t, StringComparer.Ordinal)).ToList();
        return missing.Count == 0
            ? Pass($"DB cluster {cluster.DbClusterIdentifier} publishes its {string.Join(", ", required)} logs to CloudWatch Logs.")
            : Fail($"DB cluster {cluster.DbClusterIdentifier} does not publish its {string.Join(", ", missing)} logs to CloudWatch Logs.");
    }
}
