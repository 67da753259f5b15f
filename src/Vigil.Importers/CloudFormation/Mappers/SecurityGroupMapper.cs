using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::SecurityGroup. Without SecurityGroupEgress the group keeps AWS's allow-all egress rule.
/// AttachmentCount counts the other resources of the template that use the group.</summary>
internal sealed class SecurityGroupMapper : IResourceMapper
{
    private static readonly HashSet<string> RuleTypes = ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"];

    public string Type => "AWS::EC2::SecurityGroup";

    public void Map(MappedResource r, MappingContext context) => context.Add(new SecurityGroup
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        GroupId = r.Identity.Ref,
        VpcId = r.String("VpcId", "VpcId"),
        Description = r.String("Description", "GroupDescription"),
        Ingress = Rules(r, "Ingress", "SecurityGroupIngress") ?? [],
        Egress = Rules(r, "Egress", "SecurityGroupEgress") ?? [SecurityGroupRules.AllowAllEgress],
        AttachmentCount = context.StackResources.Count(other => !RuleTypes.Contains(other.Declaration.Type) && Mentions(other.Properties, r.Identity.Ref)),
    }, r);

    private static List<SecurityGroupRule>? Rules(MappedResource r, string recordProperty, string path)
    {
        if (!r.Known(recordProperty, path)) return [];
        return r.Value(path) is CfnList rules ? rules.Items.OfType<CfnMap>().Select(SecurityGroupRules.Read).ToList() : null;
    }

    private static bool Mentions(CfnValue value, string id) => value switch
    {
        CfnString s => s.Value == id,
        CfnList list => list.Items.Any(i => Mentions(i, id)),
        CfnMap map => map.Entries.Any(e => Mentions(e.Value, id)),
        _ => false,
    };
}
