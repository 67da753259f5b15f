using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::Subnet; whether its traffic reaches an internet gateway comes from the export's
/// AWS::EC2::RouteTable items (its own table, else its VPC's main table).</summary>
internal sealed class SubnetItems : IConfigItemMapper
{
    private const string RouteTableType = "AWS::EC2::RouteTable";

    public string ResourceType => ResourceTypes.Subnet;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("subnetId") ?? item.ResourceId;
        var vpcId = c.Text("vpcId") ?? "";
        var recorded = import.Records(RouteTableType, item.AccountId, item.Region);
        var subnet = new Subnet
        {
            Arn = ConfigNames.Arn(item, "ec2", $"subnet/{id}"),
            Name = ConfigNames.TagNameOr(item, id),
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            SubnetId = id,
            VpcId = vpcId,
            CidrBlock = c.Text("cidrBlock"),
            AvailabilityZone = c.Text("availabilityZone") ?? item.AvailabilityZone,
            MapPublicIpOnLaunch = c.Flag("mapPublicIpOnLaunch") == true,
            DefaultForAz = c.Flag("defaultForAz") == true,
            HasInternetGatewayRoute = recorded ? InternetRoute(import, item, id, vpcId) : null,
        };
        var missing = new MissingProperties("ec2", ResourceType)
            .AddIf(!recorded, nameof(Subnet.HasInternetGatewayRoute), "DescribeRouteTables",
                "the export holds no AWS::EC2::RouteTable items for this account and region");
        import.Add(import.Missing(subnet, missing.List));
    }

    private static bool InternetRoute(ConfigImport import, ConfigItem subnet, string subnetId, string vpcId)
    {
        var tables = import.OfType(RouteTableType).Where(t => t.AccountId == subnet.AccountId && t.Region == subnet.Region).ToList();
        var own = tables.FirstOrDefault(t => t.Configuration.Items("associations").Any(a => a.Text("subnetId") == subnetId));
        var table = own ?? tables.FirstOrDefault(t => t.Configuration.Text("vpcId") == vpcId
            && t.Configuration.Items("associations").Any(a => a.Flag("main") == true));
        return table is not null && table.Configuration.Items("routes").Any(r =>
            r.Text("destinationCidrBlock") == "0.0.0.0/0" && r.Text("gatewayId") is { } gateway && gateway.StartsWith("igw-", StringComparison.Ordinal));
    }
}
