using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Efs;

namespace Vigil.Checks.Checks.Efs;

internal sealed class EfsMountTargetNotInPublicSubnet : Check<EfsFileSystem>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "efs-mount-target-not-in-public-subnet",
        Title = "EFS mount targets are not in public subnets",
        Severity = Severity.Medium,
        Service = "efs",
        Domain = Domain.Network,
        Risk = "A mount target in a subnet routed to an internet gateway sits one security group rule away from exposing the file system's NFS port to the internet.",
        Remediation = new()
        {
            Text = "Delete the mount targets in public subnets (those whose route table sends 0.0.0.0/0 or ::/0 to an internet gateway) and create them in private subnets of the same Availability Zones.",
            Cli = "aws efs delete-mount-target --mount-target-id FSMT_ID && aws efs create-mount-target --file-system-id FS_ID --subnet-id PRIVATE_SUBNET_ID --security-groups SG_ID",
            Terraform = """
                resource "aws_efs_mount_target" "this" {
                  for_each        = toset(var.private_subnet_ids)
                  file_system_id  = aws_efs_file_system.this.id
                  subnet_id       = each.value
                  security_groups = [aws_security_group.nfs.id]
                }
                """,
            CloudFormation = """
                MountTargetA:
                  Type: AWS::EFS::MountTarget
                  Properties:
                    FileSystemId: !Ref FileSystem
                    SubnetId: !Ref PrivateSubnetA
                    SecurityGroups: [!Ref NfsSecurityGroup]
                """,
            Url = "https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(EfsFileSystem), typeof(Subnet)];

    public override IReadOnlyList<string>? Reads => ["MountTargets"];

    public override CheckOutcome Evaluate(EfsFileSystem fileSystem, CheckContext context)
    {
        if (fileSystem.MountTargets.Count == 0) return NotApplicable;
        var subnets = context.Index.Computed("subnets-by-account-and-id", SubnetsByAccountAndId);
        foreach (var target in fileSystem.MountTargets)
        {
            if (!subnets.TryGetValue((fileSystem.AccountId, target.SubnetId), out var subnet))
                return CheckOutcome.Error($"Subnet {target.SubnetId} of mount target {target.MountTargetId} of {fileSystem.FileSystemId} is not in the snapshot.");
            if (subnet.HasInternetGatewayRoute is not { } isPublic || subnet.Unreadable.Contains(nameof(Subnet.HasInternetGatewayRoute)))
                return CheckOutcome.Error($"The routes of subnet {target.SubnetId} (mount target {target.MountTargetId} of {fileSystem.FileSystemId}) were not collected.");
            if (isPublic)
                return Fail($"Mount target {target.MountTargetId} of EFS file system {fileSystem.FileSystemId} is in public subnet {target.SubnetId}, which routes to an internet gateway.");
        }
        return Pass($"All {fileSystem.MountTargets.Count} mount target(s) of EFS file system {fileSystem.FileSystemId} are in private subnets.");
    }

    private static Dictionary<(string AccountId, string SubnetId), Subnet> SubnetsByAccountAndId(Snapshot snapshot)
    {
        var subnets = new Dictionary<(string, string), Subnet>(snapshot.Subnets.Count);
        foreach (var subnet in snapshot.Subnets) subnets.TryAdd((subnet.AccountId, subnet.SubnetId), subnet);
        return subnets;
    }
}
