using Vigil.Core.Model.Efs;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_efs_file_system with its backup policy, file system policy, access points and mount targets. Without
/// encrypted the API creates an unencrypted file system, and without aws_efs_backup_policy automatic backups are off.</summary>
internal sealed class EfsFileSystemMapper : IResourceMapper
{
    public string Type => "aws_efs_file_system";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var encrypted = context.Read(instance, "encrypted");
        unknowns.Track("Encrypted", encrypted);
        var backup = context.Joined(instance, "aws_efs_backup_policy", "file_system_id").Select(b => context.Read(b, "backup_policy[0].status")).FirstOrDefault();
        if (backup.Path is not null) unknowns.Track("BackupPolicyStatus", backup);
        var policy = context.Joined(instance, "aws_efs_file_system_policy", "file_system_id").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is not null) unknowns.Track("Policy", policy);
        context.Add(new EfsFileSystem
        {
            Arn = identity.Arn,
            Name = context.Tags(instance).GetValueOrDefault("Name") ?? identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            FileSystemId = identity.Id,
            Encrypted = encrypted.Bool ?? false,
            KmsKeyId = context.Text(context.Read(instance, "kms_key_id")),
            BackupPolicyStatus = backup.Path is null ? "DISABLED" : backup.String,
            Policy = policy.String,
            AvailabilityZoneName = context.Read(instance, "availability_zone_name").String,
            AccessPoints = context.Joined(instance, "aws_efs_access_point", "file_system_id").Select(a => new EfsAccessPoint
            {
                AccessPointArn = context.Identity(a).Arn,
                RootDirectoryPath = context.Read(a, "root_directory[0].path").String,
                EnforcesPosixUser = context.Read(a, "posix_user[0].uid").IsKnown,
            }).ToList(),
            MountTargets = context.Joined(instance, "aws_efs_mount_target", "file_system_id")
                .Select(m => new EfsMountTarget(m.Address, context.IdText(context.Read(m, "subnet_id")) ?? "")).ToList(),
        }, unknowns);
    }
}
