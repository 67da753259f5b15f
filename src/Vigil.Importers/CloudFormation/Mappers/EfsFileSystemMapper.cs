using Vigil.Core.Model.Efs;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EFS::FileSystem: not encrypted unless Encrypted (CloudFormation's and the API's default), automatic
/// backups DISABLED unless BackupPolicy says ENABLED; access points and mount targets are joined from their resources.</summary>
internal sealed class EfsFileSystemMapper : IResourceMapper
{
    public string Type => "AWS::EFS::FileSystem";

    public void Map(MappedResource r, MappingContext context) => context.Add(new EfsFileSystem
    {
        Arn = r.Arn,
        Name = r.Tags("FileSystemTags").GetValueOrDefault("Name") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags("FileSystemTags"),
        FileSystemId = r.Identity.Ref,
        Encrypted = r.Bool("Encrypted", "Encrypted") ?? false,
        KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
        BackupPolicyStatus = r.String("BackupPolicyStatus", "BackupPolicy.Status") ?? "DISABLED",
        Policy = r.Json("Policy", "FileSystemPolicy"),
        AvailabilityZoneName = r.String("AvailabilityZoneName", "AvailabilityZoneName"),
    }, r);
}
