using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Rds;

namespace Vigil.Checks.Checks.Rds;

internal sealed class RdsSnapshotNotSharedExternally : Check<RdsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "rds-snapshot-not-shared-externally",
        Title = "RDS DB and cluster snapshots are shared only with accounts of the organization or the trusted list",
        Severity = Severity.High,
        Service = "rds",
        Domain = Domain.DataProtection,
        Risk = "An account a database snapshot is shared with can restore it into a database of its own and read every table: the data leaves the organization's access controls, logging and retention.",
        Remediation = new()
        {
            Text = "Remove the accounts outside the organization from the snapshot's restore attribute. If an account is a legitimate partner, add it to the trustedAccounts setting (docs/configuration.md) and share only snapshots encrypted with a customer managed key whose policy names that account. Accounts of the organization and of trustedAccounts are not findings; public sharing is rds-snapshot-not-public's.",
            Cli = """
                aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT_ID --attribute-name restore --values-to-remove EXTERNAL_ACCOUNT_ID
                aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier SNAPSHOT_ID --attribute-name restore --values-to-remove EXTERNAL_ACCOUNT_ID
                """,
            Terraform = """
                resource "aws_db_snapshot" "this" {
                  db_instance_identifier = aws_db_instance.this.identifier
                  db_snapshot_identifier = "quarter-close"
                  shared_accounts        = [] # only accounts of the organization or trusted partners
                }
                """,
            CloudFormation = "# Snapshot sharing cannot be set in CloudFormation; remove the external account with the CLI.",
            Url = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SharedWithAccounts"];

    public override CheckOutcome Evaluate(RdsSnapshot snapshot, CheckContext context) =>
        ExternalSharing.Evaluate(SharingExposure.Of(ExposureScopes.For(context), snapshot), $"Snapshot {snapshot.SnapshotIdentifier}", includePublic: false);
}
