using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemClassificationTagged : ClassificationTagCheck<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-classification-tagged",
        Title = "EFS file systems carry the data-classification tags",
        Severity = Severity.Low,
        Service = "efs",
        Domain = Domain.Governance,
        Risk = "Without a classification tag nobody can tell which controls the data needs (encryption with a customer managed key, backups, access reviews), automated policies keyed on the tag skip it, and sensitive data goes unnoticed.",
        Remediation = new()
        {
            Text = "Tag the data store with each key listed in dataClassificationTagKeys, with the sensitivity tier of its data as the value; enforce the tag with an AWS Organizations tag policy.",
            Cli = "aws efs tag-resource --resource-id FILE_SYSTEM_ID --tags Key=data-classification,Value=confidential",
            Terraform = """
                resource "aws_efs_file_system" "this" {
                  tags = {
                    "data-classification" = "confidential"
                  }
                }
                """,
            CloudFormation = """
                FileSystem:
                  Type: AWS::EFS::FileSystem
                  Properties:
                    FileSystemTags:
                      - Key: data-classification
                        Value: confidential
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/manage-fs-tags.html",
        },
    };

    protected override string Subject(EfsFileSystem fileSystem) => $"File system {fileSystem.FileSystemId} ({fileSystem.Name})";
}
