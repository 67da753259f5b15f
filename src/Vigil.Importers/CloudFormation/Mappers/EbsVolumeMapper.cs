using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::Volume: encrypted only when Encrypted says so (the region's EBS encryption by default, an
/// account setting, is not in a template); VolumeType gp2 when omitted, as CloudFormation documents.</summary>
internal sealed class EbsVolumeMapper : IResourceMapper
{
    public string Type => "AWS::EC2::Volume";

    public void Map(MappedResource r, MappingContext context) => context.Add(new EbsVolume
    {
        Arn = r.Arn,
        Name = r.Tags().GetValueOrDefault("Name") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        VolumeId = r.Identity.Ref,
        Encrypted = r.Bool("Encrypted", "Encrypted") ?? false,
        KmsKeyId = r.String("KmsKeyId", "KmsKeyId"),
        State = "available",
        SizeGiB = r.Int("SizeGiB", "Size") ?? 0,
        VolumeType = r.String("VolumeType", "VolumeType") ?? "gp2",
    }, r);
}
