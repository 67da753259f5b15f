using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsAccessPointRootDirectoryEnforced : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-access-point-root-directory-enforced",
        Title = "EFS access points enforce a root directory",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Identity,
        Risk = "An access point whose root is the file system root lets every client that mounts through it reach all of the file system's data instead of only its own directory.",
        Remediation = new()
        {
            Text = "Access points cannot be modified: create a replacement access point with a root directory path other than \"/\" for each application, move the clients to it and delete the old one.",
            Cli = "aws efs create-access-point --file-system-id FILE_SYSTEM_ID --root-directory 'Path=/APP,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}' --posix-user Uid=1000,Gid=1000",
            Terraform = """
                resource "aws_efs_access_point" "app" {
                  file_system_id = aws_efs_file_system.this.id
                  root_directory {
                    path = "/app"
                    creation_info {
                      owner_uid   = 1000
                      owner_gid   = 1000
                      permissions = "750"
                    }
                  }
                }
                """,
            CloudFormation = """
                AppAccessPoint:
                  Type: AWS::EFS::AccessPoint
                  Properties:
                    FileSystemId: !Ref FileSystem
                    RootDirectory:
                      Path: /app
                      CreationInfo:
                        OwnerUid: "1000"
                        OwnerGid: "1000"
                        Permissions: "750"
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessPoints"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context)
    {
        if (fileSystem.AccessPoints.Count == 0) return NotApplicable;
        var open = fileSystem.AccessPoints.Where(a => a.RootDirectoryPath is null or "/").ToList();
        return open.Count == 0
            ? Pass($"{EfsAccessPoints.AllEnforce(fileSystem)} a root directory.")
            : Fail($"{EfsAccessPoints.Subject(open, fileSystem)} enforce a root directory.");
    }
}
