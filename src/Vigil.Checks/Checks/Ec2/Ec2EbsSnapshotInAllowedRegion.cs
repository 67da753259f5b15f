using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsSnapshotInAllowedRegion : AllowedRegionCheck<EbsSnapshot>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-snapshot-in-allowed-region",
        Title = "EBS snapshots are in an allowed region",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Copy the snapshot to an allowed region if it is still needed, then delete it where it is; stop the automation (Data Lifecycle Manager or backup copy rule) that copies snapshots there.",
            Cli = "aws ec2 delete-snapshot --snapshot-id SNAPSHOT_ID --region OLD_REGION",
            Terraform = """
                resource "aws_ebs_snapshot_copy" "kept" {
                  provider           = aws.allowed
                  source_snapshot_id = "SNAPSHOT_ID"
                  source_region      = "OLD_REGION"
                  encrypted          = true
                }
                """,
            CloudFormation = """
                # Snapshots are not CloudFormation resources; keep Data Lifecycle Manager copy rules to allowed regions.
                LifecyclePolicy:
                  Type: AWS::DLM::LifecyclePolicy
                  Properties:
                    PolicyDetails:
                      Schedules:
                        - CrossRegionCopyRules:
                            - Target: ALLOWED_REGION
                              Encrypted: true
                """,
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html",
        },
    };

    protected override string Subject(EbsSnapshot snapshot) => $"Snapshot {snapshot.SnapshotId}";
}
