using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsSnapshotNotPublic : Check<RdsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-snapshot-not-public",
        Title = "RDS DB and cluster snapshots are not public",
        Severity = Severity.Critical,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "Any AWS account in the world can restore a public snapshot into its own database and read every table, including customer records and password hashes.",
        Remediation = new()
        {
            Text = "Remove the 'all' value from the snapshot's restore attribute; share it with named accounts only when needed.",
            Cli = "aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all  # modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier for cluster snapshots",
            Terraform = """
                # Do not add "all" to the snapshot's shared accounts:
                resource "aws_db_snapshot" "this" {
                  db_instance_identifier = aws_db_instance.this.identifier
                  db_snapshot_identifier = "manual-snapshot"
                  shared_accounts        = ["444455556666"]
                }
                """,
            CloudFormation = "# Snapshot sharing is not a CloudFormation property; remove public access with the CLI.",
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Public"];

    public override CheckOutcome Evaluate(RdsSnapshot snapshot, CheckContext context) => snapshot.Public
        ? Fail($"Snapshot {snapshot.SnapshotIdentifier} can be restored by any AWS account.")
        : Pass($"Snapshot {snapshot.SnapshotIdentifier} is not public.");
}
