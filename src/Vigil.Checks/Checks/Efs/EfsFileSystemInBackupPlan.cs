using Vigil.Checks.Checks.Backup;
using Vigil.Core.Checks;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemInBackupPlan : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-in-backup-plan",
        Title = "EFS file systems are protected by an AWS Backup plan",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Resilience,
        Risk = "A file system outside any backup plan has no point to restore from after accidental deletion, a bad deployment overwriting files or ransomware encrypting the share.",
        Remediation = new()
        {
            Text = "Turn on EFS automatic backups (which use the AWS Backup default plan) or add the file system to the resource selection of an AWS Backup plan.",
            Cli = "aws efs put-backup-policy --file-system-id FILE_SYSTEM_ID --backup-policy Status=ENABLED",
            Terraform = """
                resource "aws_backup_selection" "efs" {
                  name         = "efs"
                  plan_id      = aws_backup_plan.daily.id
                  iam_role_arn = aws_iam_role.backup.arn
                  resources    = [aws_efs_file_system.this.arn]
                }
                """,
            CloudFormation = """
                EfsSelection:
                  Type: AWS::Backup::BackupSelection
                  Properties:
                    BackupPlanId: !Ref DailyPlan
                    BackupSelection:
                      SelectionName: efs
                      IamRoleArn: !GetAtt BackupRole.Arn
                      Resources:
                        - !GetAtt FileSystem.Arn
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(EfsFileSystem), typeof(BackupPlan)];

    public override IReadOnlyList<string>? Reads => ["BackupPolicyStatus"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context)
    {
        if (fileSystem.BackupPolicyStatus == "ENABLED" && BackupCoverage.PlanCovering(fileSystem, context) is null)
            return Pass($"File system {fileSystem.FileSystemId} has automatic backups enabled (the AWS Backup default plan).");
        return BackupCoverage.Evaluate(fileSystem, static r => $"File system {r.FileSystemId} ({r.Name})", context);
    }
}
