using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemAutomaticBackupsEnabled : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-automatic-backups-enabled",
        Title = "EFS file systems have automatic backups enabled",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Resilience,
        Risk = "Without automatic backups, the file system relies on someone remembering to add it to a backup plan, and deleted or overwritten files cannot be recovered.",
        Remediation = new()
        {
            Text = "Enable the file system's automatic backup policy; AWS Backup then takes daily backups kept for 35 days in the default vault.",
            Cli = "aws efs put-backup-policy --file-system-id FILE_SYSTEM_ID --backup-policy Status=ENABLED",
            Terraform = """
                resource "aws_efs_backup_policy" "this" {
                  file_system_id = aws_efs_file_system.this.id
                  backup_policy {
                    status = "ENABLED"
                  }
                }
                """,
            CloudFormation = """
                FileSystem:
                  Type: AWS::EFS::FileSystem
                  Properties:
                    Encrypted: true
                    BackupPolicy:
                      Status: ENABLED
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/automatic-backups.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["BackupPolicyStatus"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context) => fileSystem.BackupPolicyStatus switch
    {
        null => CheckOutcome.Error($"The backup policy of file system {fileSystem.FileSystemId} was not collected."),
        "ENABLED" => Pass($"File system {fileSystem.FileSystemId} has automatic backups enabled."),
        var status => Fail($"File system {fileSystem.FileSystemId} ({fileSystem.Name}) has automatic backups {status.ToLowerInvariant()}."),
    };
}
