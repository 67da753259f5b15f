using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsSnapshotEncrypted : Check<RdsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-snapshot-encrypted",
        Title = "RDS DB and cluster snapshots are encrypted at rest",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "An unencrypted snapshot holds a full copy of the database that anyone it is shared or copied to can restore, with no KMS key policy standing in the way.",
        Remediation = new()
        {
            Text = "Copy the snapshot with a KMS key to encrypt it, delete the unencrypted original, and encrypt the source database so future snapshots are encrypted.",
            Cli = "aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ID && aws rds delete-db-snapshot --db-snapshot-identifier SNAPSHOT",
            Terraform = """
                resource "aws_db_snapshot_copy" "encrypted" {
                  source_db_snapshot_identifier = "SNAPSHOT_ARN"
                  target_db_snapshot_identifier = "snapshot-encrypted"
                  kms_key_id                    = aws_kms_key.rds.arn
                }
                """,
            CloudFormation = "# Snapshots cannot be copied or encrypted with CloudFormation; encrypt the source database (StorageEncrypted: true) and copy existing snapshots with the CLI.",
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Encrypted"];

    public override CheckOutcome Evaluate(RdsSnapshot snapshot, CheckContext context) => snapshot.Encrypted
        ? Pass($"Snapshot {snapshot.SnapshotIdentifier} is encrypted.")
        : Fail($"Snapshot {snapshot.SnapshotIdentifier} is not encrypted.");
}
