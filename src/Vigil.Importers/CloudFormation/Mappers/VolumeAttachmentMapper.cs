using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::VolumeAttachment: the volume becomes in-use and attached to the instance.</summary>
internal sealed class VolumeAttachmentMapper : IResourceMapper
{
    public string Type => "AWS::EC2::VolumeAttachment";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<EbsVolume>(r.Value("VolumeId")) is not { } volume || r.Value("InstanceId") is not CfnString instance) return;
        context.Join<EbsVolume>(r, volume, "AttachedInstanceIds", v => v with { State = "in-use", AttachedInstanceIds = [.. v.AttachedInstanceIds, instance.Value] });
        if (context.Target<Ec2Instance>(instance) is { } instanceArn)
        {
            var volumeId = ((CfnString)r.Value("VolumeId")!).Value;
            context.Update<Ec2Instance>(instanceArn, i => i with { VolumeIds = [.. i.VolumeIds, volumeId] });
        }
    }
}
