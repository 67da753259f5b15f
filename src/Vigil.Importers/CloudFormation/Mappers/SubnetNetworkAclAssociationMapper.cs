using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::SubnetNetworkAclAssociation: the subnet is added to the network ACL's subnets.</summary>
internal sealed class SubnetNetworkAclAssociationMapper : IResourceMapper
{
    public string Type => "AWS::EC2::SubnetNetworkAclAssociation";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<NetworkAcl>(r.Value("NetworkAclId")) is not { } acl || r.Value("SubnetId") is not CfnString subnet) return;
        context.Join<NetworkAcl>(r, acl, "SubnetIds", a => a with { SubnetIds = [.. a.SubnetIds, subnet.Value] });
    }
}
