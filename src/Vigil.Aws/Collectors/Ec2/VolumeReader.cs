using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>EBS volumes (DescribeVolumes).</summary>
internal static class VolumeReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var volumes = await target.ListAsync(sink, "ec2", "DescribeVolumes", null, "Volumes", ResourceTypes.EbsVolume, cancellationToken).ConfigureAwait(false);
        if (volumes is null) return;
        sink.AddRange(volumes.Select(v => ToVolume(target, v)));
    }

    private static EbsVolume ToVolume(CollectionTarget target, JsonNode volume)
    {
        var id = volume.Text("VolumeId") ?? throw new InvalidDataException("DescribeVolumes returned a volume without VolumeId");
        var tags = volume.KeyValueTags();
        var attachments = volume.Items("Attachments").ToList();
        return new EbsVolume
        {
            Arn = Ec2Names.Arn(target, "volume", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            VolumeId = id,
            Encrypted = volume.Flag("Encrypted") ?? throw new InvalidDataException($"DescribeVolumes returned volume {id} without Encrypted"),
            KmsKeyId = volume.Text("KmsKeyId"),
            State = volume.Text("State") ?? throw new InvalidDataException($"DescribeVolumes returned volume {id} without State"),
            SizeGiB = volume.Integer("Size") ?? 0,
            VolumeType = volume.Text("VolumeType"),
            AttachedInstanceIds = [.. attachments.Select(a => a.Text("InstanceId")).OfType<string>()],
            DeleteOnTermination = attachments.Any(a => a.Flag("DeleteOnTermination") == true),
        };
    }
}
