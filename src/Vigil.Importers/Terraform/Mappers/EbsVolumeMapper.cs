using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_ebs_volume with its aws_volume_attachment. Without encrypted, the snapshot it is created from or the
/// region's EBS encryption by default decides, which a plan does not record: its encryption is then unknown.</summary>
internal sealed class EbsVolumeMapper : IResourceMapper
{
    public string Type => "aws_ebs_volume";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var encrypted = context.Read(instance, "encrypted");
        if (!encrypted.IsKnown)
            unknowns.Add("Encrypted", encrypted.IsUnknown ? encrypted.UnknownReason
                : "encrypted is not set, so the snapshot and the region's EBS encryption by default decide, and neither is in the plan.");
        var key = context.Read(instance, "kms_key_id");
        unknowns.Track("KmsKeyId", key);
        var attached = context.Joined(instance, "aws_volume_attachment", "volume_id")
            .Select(a => context.IdText(context.Read(a, "instance_id")))
            .OfType<string>()
            .ToList();
        context.Add(new EbsVolume
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            VolumeId = identity.Id,
            Encrypted = encrypted.Bool ?? false,
            KmsKeyId = context.Text(key),
            SizeGiB = context.Read(instance, "size").Int ?? 0,
            VolumeType = context.Read(instance, "type").String ?? "gp2",
            AttachedInstanceIds = attached,
            State = attached.Count > 0 ? "in-use" : "available",
        }, unknowns);
    }
}
