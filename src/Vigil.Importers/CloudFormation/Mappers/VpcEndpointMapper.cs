using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::VPCEndpoint: its ServiceName is added to the VPC's endpoint services.</summary>
internal sealed class VpcEndpointMapper : IResourceMapper
{
    public string Type => "AWS::EC2::VPCEndpoint";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<Vpc>(r.Value("VpcId")) is not { } vpc) return;
        var service = r.String("EndpointServiceNames", "ServiceName");
        context.Join<Vpc>(r, vpc, "EndpointServiceNames", v => service is null ? v : v with { EndpointServiceNames = [.. v.EndpointServiceNames, service] });
    }
}
