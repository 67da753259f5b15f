using Vigil.Core.Checks;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsAccessPointUserIdentityEnforced : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-access-point-user-identity-enforced",
        Title = "EFS access points enforce a POSIX user identity",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Identity,
        Risk = "Without an enforced POSIX user, clients mounting through the access point act as whatever user and group they claim, including root, and can read or change other applications' files.",
        Remediation = new()
        {
            Text = "Access points cannot be modified: create a replacement access point with a POSIX user (uid, gid and optional secondary gids), move the clients to it and delete the old one.",
            Cli = "aws efs create-access-point --file-system-id FILE_SYSTEM_ID --posix-user Uid=1000,Gid=1000 --root-directory 'Path=/APP,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}'",
            Terraform = """
                resource "aws_efs_access_point" "app" {
                  file_system_id = aws_efs_file_system.this.id
                  posix_user {
                    uid = 1000
                    gid = 1000
                  }
                }
                """,
            CloudFormation = """
                AppAccessPoint:
                  Type: AWS::EFS::AccessPoint
                  Properties:
                    FileSystemId: !Ref FileSystem
                    PosixUser:
                      Uid: "1000"
                      Gid: "1000"
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessPoints"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context)
    {
        if (fileSystem.AccessPoints.Count == 0) return NotApplicable;
        var open = fileSystem.AccessPoints.Where(a => !a.EnforcesPosixUser).ToList();
        return open.Count == 0
            ? Pass($"{EfsAccessPoints.AllEnforce(fileSystem)} a POSIX user.")
            : Fail($"{EfsAccessPoints.Subject(open, fileSystem)} enforce a POSIX user identity.");
    }
}
