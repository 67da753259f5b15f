using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>The EBS volumes an aws_instance creates (root_block_device, ebs_block_device), as the volume records a live
/// read would list. A volume whose encrypted argument is not set is encrypted when the AMI's snapshot is or when the
/// region encrypts new volumes by default: neither is in a plan, so its encryption is unknown.</summary>
internal static class Ec2InstanceVolumes
{
    public static IEnumerable<string> Map(PlanInstance instance, ResourceIdentity owner, MappingContext context)
    {
        var devices = new List<(string Path, string Label)> { ("root_block_device[0]", "root") };
        var ebs = context.Read(instance, "ebs_block_device");
        for (var i = 0; i < ebs.Items.Count; i++) devices.Add(($"ebs_block_device[{i}]", context.Read(instance, $"ebs_block_device[{i}].device_name").String ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (path, label) in devices)
        {
            var id = $"{owner.Id} {label} volume";
            var unknowns = new Unknowns();
            var encrypted = context.Read(instance, path + ".encrypted");
            if (!encrypted.IsKnown)
                unknowns.Add("Encrypted", encrypted.IsUnknown ? encrypted.UnknownReason
                    : $"{path}.encrypted is not set, so the AMI's snapshot and the region's EBS encryption by default decide, and neither is in the plan.");
            var key = context.Read(instance, path + ".kms_key_id");
            unknowns.Track("KmsKeyId", key);
            context.Add(new EbsVolume
            {
                Arn = $"arn:aws:ec2:{context.Region(instance)}:{context.AccountId}:volume/{id}",
                Name = id,
                AccountId = context.AccountId,
                Region = context.Region(instance),
                Location = context.Location(instance),
                VolumeId = id,
                Encrypted = encrypted.Bool ?? false,
                KmsKeyId = context.Text(key),
                SizeGiB = context.Read(instance, path + ".volume_size").Int ?? 8,
                VolumeType = context.Read(instance, path + ".volume_type").String ?? "gp3",
                AttachedInstanceIds = [owner.Id],
                DeleteOnTermination = context.Read(instance, path + ".delete_on_termination").Bool ?? true,
            }, unknowns);
            yield return id;
        }
    }
}
