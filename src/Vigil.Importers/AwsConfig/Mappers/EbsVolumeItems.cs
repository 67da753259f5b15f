using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::Volume: DescribeVolumes' volume.</summary>
internal sealed class EbsVolumeItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.EbsVolume;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("volumeId") ?? item.ResourceId;
        var attachments = c.Items("attachments").ToList();
        import.Add(new EbsVolume
        {
            Arn = ConfigNames.Arn(item, "ec2", $"volume/{id}"),
            Name = ConfigNames.TagNameOr(item, id),
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            VolumeId = id,
            Encrypted = c.Flag("encrypted") == true,
            KmsKeyId = c.Text("kmsKeyId"),
            State = c.Text("state") ?? (attachments.Count > 0 ? "in-use" : "available"),
            SizeGiB = (int)(c.Number("size") ?? 0),
            VolumeType = c.Text("volumeType"),
            AttachedInstanceIds = [.. attachments.Select(a => a.Text("instanceId")).OfType<string>()],
            DeleteOnTermination = attachments.Any(a => a.Flag("deleteOnTermination") == true),
        });
    }
}
