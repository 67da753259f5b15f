using Vigil.Checks.Checks.Backup;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2EbsVolumeInBackupPlan : Check<EbsVolume>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ebs-volume-in-backup-plan",
        Title = "EBS volumes are protected by an AWS Backup plan",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.Resilience,
        Risk = "A volume outside any backup plan has no restore point after an accidental deletion, a failed instance, a bad deployment or ransomware; snapshots taken by hand are irregular and rarely retained as policy requires.",
        Remediation = new()
        {
            Text = "Add the volume to the resource selection of an AWS Backup plan: by ARN, by resource type (arn:aws:ec2:*:*:volume/*) or by a tag the selection matches.",
            Cli = "aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{\"SelectionName\":\"ec2\",\"IamRoleArn\":\"BACKUP_ROLE_ARN\",\"Resources\":[\"RESOURCE_ARN\"]}'",
            Terraform = """
                resource "aws_backup_selection" "this" {
                  name         = "ec2"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_ebs_volume.this.arn]
                }
                """,
            CloudFormation = """
                Selection:
                  Type: AWS::Backup::BackupSelection
                  Properties:
                    BackupPlanId: !Ref DailyPlan
                    BackupSelection:
                      SelectionName: ec2
                      IamRoleArn: !GetAtt BackupRole.Arn
                      Resources:
                        - !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Volume}
                """,
            Url = "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(EbsVolume), typeof(BackupPlan)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(EbsVolume volume, CheckContext context)
    {
        return BackupCoverage.Evaluate(volume, static r => $"Volume {r.VolumeId} ({r.Name})", context);
    }
}
