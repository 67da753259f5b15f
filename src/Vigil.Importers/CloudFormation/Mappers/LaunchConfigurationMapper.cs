using Vigil.Core.Model.AutoScaling;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::AutoScaling::LaunchConfiguration.</summary>
internal sealed class LaunchConfigurationMapper : IResourceMapper
{
    public string Type => "AWS::AutoScaling::LaunchConfiguration";

    public void Map(MappedResource r, MappingContext context) => context.Add(new LaunchConfiguration
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        ImageId = r.String("ImageId", "ImageId"),
        InstanceType = r.String("InstanceType", "InstanceType"),
        AssociatePublicIpAddress = r.Bool("AssociatePublicIpAddress", "AssociatePublicIpAddress"),
        MetadataHttpTokens = r.String("MetadataHttpTokens", "MetadataOptions.HttpTokens"),
        MetadataHttpEndpoint = r.String("MetadataHttpEndpoint", "MetadataOptions.HttpEndpoint"),
    }, r);
}
