using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::NetworkAcl: DescribeNetworkAcls' ACL with its entries and subnet associations.</summary>
internal sealed class NetworkAclItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.NetworkAcl;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("networkAclId") ?? item.ResourceId;
        import.Add(new NetworkAcl
        {
            Arn = ConfigNames.Arn(item, "ec2", $"network-acl/{id}"),
            Name = ConfigNames.TagNameOr(item, id),
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            NetworkAclId = id,
            VpcId = c.Text("vpcId"),
            IsDefault = c.Flag("isDefault") == true,
            Entries =
            [
                .. c.Items("entries").Select(e => new NetworkAclEntry
                {
                    RuleNumber = (int)(e.Number("ruleNumber") ?? 32767),
                    Protocol = e.Text("protocol") ?? "-1",
                    RuleAction = e.Text("ruleAction") ?? "deny",
                    Egress = e.Flag("egress") == true,
                    CidrBlock = e.Text("cidrBlock"),
                    Ipv6CidrBlock = e.Text("ipv6CidrBlock"),
                    FromPort = e.Object("portRange").Number("from") is { } from ? (int)from : null,
                    ToPort = e.Object("portRange").Number("to") is { } to ? (int)to : null,
                }),
            ],
            SubnetIds = [.. c.Items("associations").Select(a => a.Text("subnetId")).OfType<string>()],
        });
    }
}
