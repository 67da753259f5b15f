using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::SecurityGroup: DescribeSecurityGroups' group; the network interfaces using it are its
/// relationships of type AWS::EC2::NetworkInterface.</summary>
internal sealed class SecurityGroupItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.SecurityGroup;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("groupId") ?? item.ResourceId;
        import.Add(new SecurityGroup
        {
            Arn = ConfigNames.Arn(item, "ec2", $"security-group/{id}"),
            Name = c.Text("groupName") ?? item.Name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            GroupId = id,
            VpcId = c.Text("vpcId"),
            Description = c.Text("description"),
            Ingress = [.. c.Items("ipPermissions").Select(Rule)],
            Egress = [.. c.Items("ipPermissionsEgress").Select(Rule)],
            AttachmentCount = item.Related("AWS::EC2::NetworkInterface").Count,
        });
    }

    internal static SecurityGroupRule Rule(System.Text.Json.Nodes.JsonNode permission) => new()
    {
        Protocol = permission.Text("ipProtocol") ?? "-1",
        FromPort = permission.Number("fromPort") is { } from ? (int)from : null,
        ToPort = permission.Number("toPort") is { } to ? (int)to : null,
        Ipv4Ranges = [.. permission.Items("ipv4Ranges").Select(r => r.Text("cidrIp")).OfType<string>().Concat(permission.Texts("ipRanges")).Distinct(StringComparer.Ordinal)],
        Ipv6Ranges = [.. permission.Items("ipv6Ranges").Select(r => r.Text("cidrIpv6")).OfType<string>().Distinct(StringComparer.Ordinal)],
        ReferencedGroupIds = [.. permission.Items("userIdGroupPairs").Select(p => p.Text("groupId")).OfType<string>()],
        PrefixListIds = [.. permission.Items("prefixListIds").Select(p => p.Text("prefixListId")).OfType<string>()],
    };
}
