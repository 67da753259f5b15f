using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsSnapshotNotSharedExternally : Check<EbsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-snapshot-not-shared-externally",
        Title = "EBS snapshots are shared only with accounts of the organization or the trusted list",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "An account a snapshot is shared with can create a volume from it and read the whole disk: databases, keys and customer data leave the organization's controls with a copy nobody can revoke once made.",
        Remediation = new()
        {
            Text = "Remove the accounts outside the organization from the snapshot's create-volume permissions. If an account is a legitimate partner, add it to the trustedAccounts setting (docs/configuration.md) and share only encrypted snapshots whose KMS key policy names that account. Accounts of the resource account's organization and of trustedAccounts are not findings; public sharing is ec2-ebs-snapshot-not-public's.",
            Cli = "aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --user-ids EXTERNAL_ACCOUNT_ID",
            Terraform = """
                # Remove the aws_snapshot_create_volume_permission resource that names the external account:
                # resource "aws_snapshot_create_volume_permission" "partner" { snapshot_id = ..., account_id = "EXTERNAL_ACCOUNT_ID" }
                """,
            CloudFormation = "# Snapshot create-volume permissions cannot be set in CloudFormation; remove the external account with the CLI.",
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SharedWithAccounts"];

    public override CheckOutcome Evaluate(EbsSnapshot snapshot, CheckContext context) =>
        ExternalSharing.Evaluate(SharingExposure.Of(ExposureScopes.For(context), snapshot), $"Snapshot {snapshot.SnapshotId}", includePublic: false);
}
