using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>Subnets (DescribeSubnets), each with whether its route table (explicitly associated, else the VPC's main
/// table, from DescribeRouteTables) sends 0.0.0.0/0 to an internet gateway.</summary>
internal static class SubnetReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var subnetsTask = target.ListAsync(sink, "ec2", "DescribeSubnets", null, "Subnets", ResourceTypes.Subnet, cancellationToken);
        var tablesTask = target.TryListAsync("ec2", "DescribeRouteTables", null, "RouteTables", cancellationToken);
        var subnets = await subnetsTask.ConfigureAwait(false);
        var tables = await tablesTask.ConfigureAwait(false);
        if (subnets is null) return;

        var routes = tables.Items is { } items ? new RouteTableIndex(items) : null;
        foreach (var node in subnets)
        {
            var subnet = ToSubnet(target, node);
            if (routes is not null)
            {
                sink.Add(subnet with { HasInternetGatewayRoute = routes.HasInternetGatewayRoute(subnet.SubnetId, subnet.VpcId) });
                continue;
            }
            sink.Add(subnet with { Unreadable = [nameof(Subnet.HasInternetGatewayRoute)] });
            sink.Failed(tables.Failure!, target.AccountId, ResourceTypes.Subnet, subnet.Arn, nameof(Subnet.HasInternetGatewayRoute));
        }
    }

    private static Subnet ToSubnet(CollectionTarget target, JsonNode subnet)
    {
        var id = subnet.Text("SubnetId") ?? throw new InvalidDataException("DescribeSubnets returned a subnet without SubnetId");
        var tags = subnet.KeyValueTags();
        return new Subnet
        {
            Arn = subnet.Text("SubnetArn") ?? Ec2Names.Arn(target, "subnet", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            SubnetId = id,
            VpcId = subnet.Text("VpcId") ?? throw new InvalidDataException($"DescribeSubnets returned subnet {id} without VpcId"),
            CidrBlock = subnet.Text("CidrBlock"),
            AvailabilityZone = subnet.Text("AvailabilityZone"),
            MapPublicIpOnLaunch = subnet.Flag("MapPublicIpOnLaunch") ?? false,
            DefaultForAz = subnet.Flag("DefaultForAz") ?? false,
        };
    }
}
