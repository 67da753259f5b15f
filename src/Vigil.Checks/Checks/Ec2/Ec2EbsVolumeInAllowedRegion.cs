using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsVolumeInAllowedRegion : AllowedRegionCheck<EbsVolume>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-volume-in-allowed-region",
        Title = "EBS volumes are in an allowed region",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Snapshot the volume, copy the snapshot to an allowed region, create the volume there from the copy, and delete the original volume and its snapshots.",
            Cli = "aws ec2 copy-snapshot --source-region OLD_REGION --source-snapshot-id SNAPSHOT_ID --region ALLOWED_REGION --encrypted",
            Terraform = """
                resource "aws_ebs_snapshot_copy" "moved" {
                  provider           = aws.allowed
                  source_snapshot_id = "SNAPSHOT_ID"
                  source_region      = "OLD_REGION"
                  encrypted          = true
                }
                """,
            CloudFormation = """
                # Deploy in an allowed region, from a snapshot copied there.
                Volume:
                  Type: AWS::EC2::Volume
                  Properties:
                    AvailabilityZone: ALLOWED_AZ
                    SnapshotId: COPIED_SNAPSHOT_ID
                    Encrypted: true
                """,
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html",
        },
    };

    protected override string Subject(EbsVolume volume) => $"Volume {volume.VolumeId}";
}
