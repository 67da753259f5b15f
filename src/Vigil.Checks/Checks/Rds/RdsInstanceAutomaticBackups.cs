using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceAutomaticBackups : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-automatic-backups",
        Title = "RDS DB instances keep automated backups for at least the minimum retention period",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Resilience,
        Risk = "Without automated backups (or with a very short retention) there is no point-in-time recovery: corruption, a bad migration or ransomware noticed a few days late cannot be undone.",
        Remediation = new()
        {
            Text = "Set the backup retention period to at least the required number of days (default 7, up to 35); consider AWS Backup for longer retention.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --backup-retention-period 7 --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  backup_retention_period = 7
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    BackupRetentionPeriod: 7
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DbClusterIdentifier", "ReadReplicaSourceDbInstanceIdentifier", "BackupRetentionPeriod"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context)
    {
        // Cluster members are backed up by their cluster; a read replica's data is backed up at its source.
        if (instance.DbClusterIdentifier is not null || instance.ReadReplicaSourceDbInstanceIdentifier is not null) return NotApplicable;
        var minimum = context.Settings.BackupRetentionMinDays;
        return instance.BackupRetentionPeriod switch
        {
            0 => Fail($"DB instance {instance.DbInstanceIdentifier} has automated backups disabled."),
            var days when days < minimum => Fail($"DB instance {instance.DbInstanceIdentifier} keeps automated backups for {days} day{(days == 1 ? "" : "s")}, less than the required {minimum}."),
            var days => Pass($"DB instance {instance.DbInstanceIdentifier} keeps automated backups for {days} days."),
        };
    }
}
