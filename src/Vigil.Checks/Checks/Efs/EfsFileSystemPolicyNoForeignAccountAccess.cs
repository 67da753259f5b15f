using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsFileSystemPolicyNoForeignAccountAccess : ForeignAccountPolicyCheck<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-file-system-policy-no-foreign-account-access",
        Title = "EFS file system policies grant no access to accounts outside the scanned estate",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.DataProtection,
        Risk = "A file system policy that names another account lets any principal that account delegates to mount the file system from a peered or shared network, and, with the write or root actions, change or destroy every file on it; with management actions it can rewrite the policy or delete the file system.",
        Remediation = new()
        {
            Text = "Remove the statements that name accounts which no longer mount the file system, and keep the rest to elasticfilesystem:ClientMount (read-only) for the partner's exact role, through an access point that pins a directory and a POSIX user (elasticfilesystem:AccessPointArn condition), over TLS. Accounts in the scanned snapshot and in the trustedAccounts setting (docs/configuration.md) count as your own; a file system that every client may mount fails efs-file-system-policy-no-public-access instead. The check asks Vigil's IAM engine, for each foreign account the policy names, whether its root or the principals named in it may mount, write, act as root on or manage the file system.",
            Cli = """
                aws efs describe-file-system-policy --file-system-id FILE_SYSTEM_ID --query Policy --output text > file-system-policy.json
                # remove or narrow the statements that name other accounts, then:
                aws efs put-file-system-policy --file-system-id FILE_SYSTEM_ID --policy file://file-system-policy.json
                """,
            Terraform = """
                resource "aws_efs_file_system_policy" "this" {
                  file_system_id = aws_efs_file_system.this.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "PartnerReadOnlyMount"
                      Effect    = "Allow"
                      Principal = { AWS = "arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_READER_ROLE" }
                      Action    = "elasticfilesystem:ClientMount"
                      Resource  = aws_efs_file_system.this.arn
                      Condition = {
                        Bool      = { "aws:SecureTransport" = "true" }
                        ArnEquals = { "elasticfilesystem:AccessPointArn" = aws_efs_access_point.partner.arn }
                      }
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
                        - Sid: PartnerReadOnlyMount
                          Effect: Allow
                          Principal:
                            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/PARTNER_READER_ROLE
                          Action: elasticfilesystem:ClientMount
                          Condition:
                            Bool:
                              aws:SecureTransport: "true"
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/manage-fs-access-vpc-peering.html",
        },
    };

    protected override ExposureProbeSet Probes => ExposureProbeSets.EfsFileSystem;

    protected override string PolicyKind => "file system policy";

    protected override string Reach => "mount, write or manage the file system";

    protected override string? PolicyOf(EfsFileSystem fileSystem) => fileSystem.Policy;
}
