using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.Compute;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>Which route table governs a subnet: the one explicitly associated with it, else its VPC's main table.</summary>
internal sealed class RouteTableIndex
{
    private readonly Dictionary<string, JsonNode> _bySubnet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode> _mainByVpc = new(StringComparer.Ordinal);

    public RouteTableIndex(IEnumerable<JsonNode> tables)
    {
        foreach (var table in tables)
        {
            foreach (var association in table.Items("Associations"))
            {
                if (association.Text("SubnetId") is { } subnetId) _bySubnet[subnetId] = table;
                if (association.Flag("Main") == true && table.Text("VpcId") is { } vpcId) _mainByVpc[vpcId] = table;
            }
        }
    }

    public bool HasInternetGatewayRoute(string subnetId, string vpcId)
    {
        var table = _bySubnet.GetValueOrDefault(subnetId) ?? _mainByVpc.GetValueOrDefault(vpcId);
        return table is not null && table.Items("Routes").Any(route =>
            (route.Text("DestinationCidrBlock") == "0.0.0.0/0" || route.Text("DestinationIpv6CidrBlock") == "::/0")
            && route.Text("GatewayId") is { } gateway && gateway.StartsWith("igw-", StringComparison.Ordinal)
            && route.Text("State") != "blackhole");
    }
}
