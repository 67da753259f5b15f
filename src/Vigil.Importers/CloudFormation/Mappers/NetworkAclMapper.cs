using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::NetworkAcl with the implicit deny-all rules (number 32767) every network ACL ends with;
/// entries and subnet associations are joined from their own resources.</summary>
internal sealed class NetworkAclMapper : IResourceMapper
{
    public string Type => "AWS::EC2::NetworkAcl";

    public void Map(MappedResource r, MappingContext context) => context.Add(new NetworkAcl
    {
        Arn = r.Arn,
        Name = r.Tags().GetValueOrDefault("Name") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        NetworkAclId = r.Identity.Ref,
        VpcId = r.String("VpcId", "VpcId"),
        Entries =
        [
            new NetworkAclEntry { RuleNumber = 32767, Protocol = "-1", RuleAction = "deny", Egress = false, CidrBlock = "0.0.0.0/0" },
            new NetworkAclEntry { RuleNumber = 32767, Protocol = "-1", RuleAction = "deny", Egress = true, CidrBlock = "0.0.0.0/0" },
        ],
    }, r);
}
