using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::SecurityGroupEgress: one more outbound rule of the group it names.</summary>
internal sealed class SecurityGroupEgressMapper : IResourceMapper
{
    public string Type => "AWS::EC2::SecurityGroupEgress";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<SecurityGroup>(r.Value("GroupId")) is not { } group) return;
        r.Known("Egress", "", r.Properties);
        var rule = SecurityGroupRules.Read(r.Properties);
        context.Join<SecurityGroup>(r, group, "Egress", g => g with { Egress = [.. g.Egress, rule] });
    }
}
