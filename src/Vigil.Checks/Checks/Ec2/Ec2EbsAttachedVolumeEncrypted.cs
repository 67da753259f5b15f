using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsAttachedVolumeEncrypted : Check<EbsVolume>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-attached-volume-encrypted",
        Title = "Attached EBS volumes are encrypted at rest",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "Unencrypted volumes, and the snapshots taken from them, expose their data to anyone who obtains a copy, and they cannot be protected or revoked with KMS key policies.",
        Remediation = new()
        {
            Text = "Snapshot the volume, copy the snapshot with encryption enabled, create a new volume from it and swap it in; turn on EBS encryption by default so new volumes are encrypted.",
            Cli = "aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KMS_KEY_ID",
            Terraform = """
                resource "aws_ebs_volume" "this" {
                  availability_zone = "AVAILABILITY_ZONE"
                  size              = 100
                  encrypted         = true
                  kms_key_id        = aws_kms_key.ebs.arn
                }
                """,
            CloudFormation = """
                Volume:
                  Type: AWS::EC2::Volume
                  Properties:
                    AvailabilityZone: AVAILABILITY_ZONE
                    Size: 100
                    Encrypted: true
                    KmsKeyId: !Ref EbsKey
                """,
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Encrypted", "AttachedInstanceIds"];

    public override CheckOutcome Evaluate(EbsVolume volume, CheckContext context)
    {
        if (!volume.IsAttached) return NotApplicable;
        return volume.Encrypted
            ? Pass($"Attached volume {volume.VolumeId} is encrypted.")
            : Fail($"Volume {volume.VolumeId}, attached to {string.Join(", ", volume.AttachedInstanceIds)}, is not encrypted.");
    }
}
