using Vigil.Checks.Checks.DataGovernance;
using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemInAllowedRegion : AllowedRegionCheck<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-in-allowed-region",
        Title = "EFS file systems are in an allowed region",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Governance,
        Risk = "Data kept outside the regions the organisation has chosen can break data-residency commitments (GDPR transfers, sovereignty clauses in contracts) and usually escapes the controls, monitoring and recovery plans set up for the approved regions.",
        Remediation = new()
        {
            Text = "Create a file system in an allowed region, copy the data with EFS replication (then delete the replication configuration) or AWS DataSync, remount the clients, and delete the original file system.",
            Cli = "aws efs create-replication-configuration --source-file-system-id FILE_SYSTEM_ID --destinations Region=ALLOWED_REGION",
            Terraform = """
                resource "aws_efs_replication_configuration" "move" {
                  source_file_system_id = "FILE_SYSTEM_ID"
                  destination {
                    region = "ALLOWED_REGION"
                  }
                }
                """,
            CloudFormation = """
                FileSystem:
                  Type: AWS::EFS::FileSystem
                  Properties:
                    ReplicationConfiguration:
                      Destinations:
                        - Region: ALLOWED_REGION
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html",
        },
    };

    protected override string Subject(EfsFileSystem fileSystem) => $"File system {fileSystem.FileSystemId} ({fileSystem.Name})";
}
