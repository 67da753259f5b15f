using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemPolicyNoPublicAccess : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-policy-no-public-access",
        Title = "EFS file system policies do not let every client or any AWS account mount, write or manage the file system",
        Severity = Severity.High,
        Service = "efs",
        Domain = Domain.DataProtection,
        Risk = "A file system policy that allows Principal \"*\" without a limiting condition lets any NFS client that reaches a mount target (or a principal of any AWS account, through a peered or shared network) mount the file system, write to it, or act as root on it.",
        Remediation = new()
        {
            Text = "Grant elasticfilesystem:ClientMount, ClientWrite and ClientRootAccess to the roles of the workloads that use the file system, or keep Principal \"*\" only together with a condition such as elasticfilesystem:AccessPointArn or aws:PrincipalAccount, and deny access without TLS. The check asks Vigil's IAM engine whether an unauthenticated NFS client and a role session of an unknown account may mount, write or manage the file system.",
            Cli = """
                aws efs put-file-system-policy --file-system-id FILE_SYSTEM_ID --policy file://file-system-policy.json
                """,
            Terraform = """
                resource "aws_efs_file_system_policy" "this" {
                  file_system_id = aws_efs_file_system.this.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "WorkloadRole"
                      Effect    = "Allow"
                      Principal = { AWS = aws_iam_role.workload.arn }
                      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
                      Resource  = aws_efs_file_system.this.arn
                      Condition = { Bool = { "aws:SecureTransport" = "true" } }
                    }]
                  })
                }
                """,
            CloudFormation = """
                FileSystem:
                  Type: AWS::EFS::FileSystem
                  Properties:
                    Encrypted: true
                    FileSystemPolicy:
                      Version: "2012-10-17"
                      Statement:
                        - Sid: WorkloadRole
                          Effect: Allow
                          Principal:
                            AWS: !GetAtt WorkloadRole.Arn
                          Action: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
                          Condition:
                            Bool:
                              aws:SecureTransport: "true"
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Policy"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context) =>
        PublicResourcePolicy.Evaluate(fileSystem, fileSystem.Policy, context, ExposureProbeSets.EfsFileSystem, "file system policy");
}
