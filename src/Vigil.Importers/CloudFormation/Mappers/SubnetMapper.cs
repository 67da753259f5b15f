using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::Subnet. HasInternetGatewayRoute follows its AWS::EC2::SubnetRouteTableAssociation to the
/// route table's AWS::EC2::Route resources; without an association in the template it is unknown (the VPC's main
/// route table decides).</summary>
internal sealed class SubnetMapper : IResourceMapper
{
    public string Type => "AWS::EC2::Subnet";

    public void Map(MappedResource r, MappingContext context) => context.Add(new Subnet
    {
        Arn = r.Arn,
        Name = r.Tags().GetValueOrDefault("Name") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        SubnetId = r.Identity.Ref,
        VpcId = r.String("VpcId", "VpcId") ?? "",
        CidrBlock = r.String("CidrBlock", "CidrBlock"),
        AvailabilityZone = r.String("AvailabilityZone", "AvailabilityZone"),
        MapPublicIpOnLaunch = r.Bool("MapPublicIpOnLaunch", "MapPublicIpOnLaunch") ?? false,
        HasInternetGatewayRoute = InternetGatewayRoute(r, context),
    }, r);

    private static bool? InternetGatewayRoute(MappedResource r, MappingContext context)
    {
        var associations = context.StackResources.Where(a => a.Declaration.Type == "AWS::EC2::SubnetRouteTableAssociation"
            && a.Properties["SubnetId"] is CfnString { Value: var id } && id == r.Identity.Ref).ToList();
        if (associations.Count == 0)
        {
            r.MarkUnknown("HasInternetGatewayRoute", "decided by the VPC's main route table, as no AWS::EC2::SubnetRouteTableAssociation of the template names the subnet");
            return null;
        }
        var tables = associations.Select(a => a.Properties["RouteTableId"]).OfType<CfnString>().Select(t => t.Value).ToHashSet();
        return context.StackResources.Any(route => route.Declaration.Type == "AWS::EC2::Route"
            && route.Properties["RouteTableId"] is CfnString { Value: var table } && tables.Contains(table)
            && route.Properties["DestinationCidrBlock"] is CfnString { Value: "0.0.0.0/0" }
            && context.Declared(route.Properties["GatewayId"], "AWS::EC2::InternetGateway") is not null);
    }
}
