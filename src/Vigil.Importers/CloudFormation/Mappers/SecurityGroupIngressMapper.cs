using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::SecurityGroupIngress: one more inbound rule of the group it names (GroupId or GroupName).</summary>
internal sealed class SecurityGroupIngressMapper : IResourceMapper
{
    public string Type => "AWS::EC2::SecurityGroupIngress";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if ((context.Target<SecurityGroup>(r.Value("GroupId")) ?? context.Target<SecurityGroup>(r.Value("GroupName"))) is not { } group) return;
        r.Known("Ingress", "", r.Properties);
        var rule = SecurityGroupRules.Read(r.Properties);
        context.Join<SecurityGroup>(r, group, "Ingress", g => g with { Ingress = [.. g.Ingress, rule] });
    }
}
