using Vigil.Core.Model;
using Vigil.Core.Model.Efs;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EFS::FileSystem (CloudFormation-shaped configuration), with its access points from the export's
/// AWS::EFS::AccessPoint items. Mount targets are not recorded by AWS Config.</summary>
internal sealed class EfsFileSystemItems : IConfigItemMapper
{
    private const string AccessPointType = "AWS::EFS::AccessPoint";

    public string ResourceType => ResourceTypes.EfsFileSystem;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("FileSystemId") ?? item.ResourceId;
        var policy = c.Document("FileSystemPolicy");
        var fileSystem = new EfsFileSystem
        {
            Arn = c.Text("Arn") ?? ConfigNames.Arn(item, "elasticfilesystem", $"file-system/{id}"),
            Name = item.Tags.TryGetValue("Name", out var name) && name.Length > 0 ? name : id,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            FileSystemId = id,
            Encrypted = c.Flag("Encrypted") == true,
            KmsKeyId = c.Text("KmsKeyId"),
            BackupPolicyStatus = c.Object("BackupPolicy").Text("Status"),
            Policy = policy,
            AvailabilityZoneName = c.Text("AvailabilityZoneName"),
            AccessPoints =
            [
                .. import.OfType(AccessPointType)
                    .Where(p => p.AccountId == item.AccountId && p.Configuration.Text("FileSystemId") == id)
                    .Select(p => new EfsAccessPoint
                    {
                        AccessPointArn = p.Configuration.Text("Arn") ?? p.Arn ?? p.ResourceId,
                        RootDirectoryPath = p.Configuration.Object("RootDirectory").Text("Path"),
                        EnforcesPosixUser = p.Configuration.Has("PosixUser"),
                    }),
            ],
        };
        var missing = new MissingProperties("elasticfilesystem", ResourceType)
            .AddIf(!c.Has("FileSystemPolicy"), nameof(EfsFileSystem.Policy), "DescribeFileSystemPolicy")
            .AddIf(!c.Has("BackupPolicy"), nameof(EfsFileSystem.BackupPolicyStatus), "DescribeBackupPolicy")
            .AddIf(!import.Records(AccessPointType, item.AccountId, item.Region), nameof(EfsFileSystem.AccessPoints), "DescribeAccessPoints",
                "the export holds no AWS::EFS::AccessPoint items for this account and region")
            .Add(nameof(EfsFileSystem.MountTargets), "DescribeMountTargets", "AWS Config does not record mount targets");
        import.Add(import.Missing(fileSystem, missing.List));
    }
}
