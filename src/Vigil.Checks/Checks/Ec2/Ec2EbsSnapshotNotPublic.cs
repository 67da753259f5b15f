using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsSnapshotNotPublic : Check<EbsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-snapshot-not-public",
        Title = "EBS snapshots are not publicly restorable",
        Severity = Severity.Critical,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "Any AWS account in the world can create a volume from a public snapshot and read everything on the disk: databases, keys, credentials and customer data.",
        Remediation = new()
        {
            Text = "Remove the 'all' group from the snapshot's create-volume permissions, share it only with specific accounts if needed, and turn on block public access for EBS snapshots.",
            Cli = "aws ec2 modify-snapshot-attribute --snapshot-id SNAPSHOT_ID --attribute createVolumePermission --operation-type remove --group-names all",
            Terraform = """
                resource "aws_ebs_snapshot_block_public_access" "this" {
                  state = "block-all-sharing"
                }
                """,
            CloudFormation = "# Snapshot create-volume permissions cannot be set in CloudFormation; remove public sharing with the CLI and enable EBS snapshot block public access.",
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Public"];

    public override CheckOutcome Evaluate(EbsSnapshot snapshot, CheckContext context) => snapshot.Public
        ? Fail($"Snapshot {snapshot.SnapshotId} is publicly restorable by any AWS account.")
        : Pass($"Snapshot {snapshot.SnapshotId} is not public.");
}
