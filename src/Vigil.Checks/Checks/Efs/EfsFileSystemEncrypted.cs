using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemEncrypted : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-encrypted",
        Title = "EFS file systems are encrypted at rest with AWS KMS",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.DataProtection,
        Risk = "An unencrypted file system stores its files and backups in the clear, outside the control of KMS key policies and without the audit trail of key use.",
        Remediation = new()
        {
            Text = "Encryption at rest can only be chosen when a file system is created: create an encrypted file system (preferably with a customer managed KMS key), copy the data with AWS DataSync or AWS Backup restore, and switch the mounts over.",
            Cli = "aws efs create-file-system --encrypted --kms-key-id KMS_KEY_ARN --performance-mode generalPurpose --tags Key=Name,Value=NAME",
            Terraform = """
                resource "aws_efs_file_system" "this" {
                  encrypted  = true
                  kms_key_id = aws_kms_key.efs.arn
                }
                """,
            CloudFormation = """
                FileSystem:
                  Type: AWS::EFS::FileSystem
                  Properties:
                    Encrypted: true
                    KmsKeyId: !GetAtt EfsKey.Arn
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Encrypted"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context) => fileSystem.Encrypted
        ? Pass($"File system {fileSystem.FileSystemId} is encrypted at rest.")
        : Fail($"File system {fileSystem.FileSystemId} ({fileSystem.Name}) is not encrypted at rest.");
}
