using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsSnapshotInAllowedRegion : AllowedRegionCheck<RdsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-snapshot-in-allowed-region",
        Title = "RDS snapshots are in an allowed region",
        Severity = Severity.Medium,
        Service = "rds",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Delete the snapshot where it is (copy it to an allowed region first if it is still needed) and remove the cross-region snapshot copy or automated backup replication that put it there.",
            Cli = "aws rds delete-db-snapshot --db-snapshot-identifier SNAPSHOT_ID --region OLD_REGION",
            Terraform = """
                # Keep automated backup replication inside the allowed regions.
                resource "aws_db_instance_automated_backups_replication" "this" {
                  provider               = aws.allowed
                  source_db_instance_arn = "SOURCE_INSTANCE_ARN"
                  kms_key_id             = "KMS_KEY_ARN"
                }
                """,
            CloudFormation = """
                # Snapshots copied by hand are not CloudFormation resources: delete them with the CLI.
                # Keep AWS Backup copy actions (AWS::Backup::BackupPlan CopyActions) pointing at vaults in allowed regions.
                """,
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html",
        },
    };

    protected override string Subject(RdsSnapshot snapshot) => $"Snapshot {snapshot.SnapshotIdentifier}";
}
