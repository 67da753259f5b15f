using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsInstanceAutoMinorVersionUpgrade : Check<RdsInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-instance-auto-minor-version-upgrade",
        Title = "RDS DB instances apply minor engine version upgrades automatically",
        Severity = Severity.High,
        Service = "rds",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Minor engine versions carry security fixes; without automatic minor version upgrades a database keeps running engine versions with known vulnerabilities until someone remembers to patch it.",
        Remediation = new()
        {
            Text = "Enable auto minor version upgrade so RDS applies new minor versions during the instance's maintenance window.",
            Cli = "aws rds modify-db-instance --db-instance-identifier INSTANCE --auto-minor-version-upgrade --apply-immediately",
            Terraform = """
                resource "aws_db_instance" "this" {
                  # ...
                  auto_minor_version_upgrade = true
                }
                """,
            CloudFormation = """
                Database:
                  Type: AWS::RDS::DBInstance
                  Properties:
                    AutoMinorVersionUpgrade: true
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AutoMinorVersionUpgrade"];

    public override CheckOutcome Evaluate(RdsInstance instance, CheckContext context) => instance.AutoMinorVersionUpgrade
        ? Pass($"DB instance {instance.DbInstanceIdentifier} applies minor version upgrades automatically.")
        : Fail($"DB instance {instance.DbInstanceIdentifier} has auto minor version upgrade disabled.");
}
