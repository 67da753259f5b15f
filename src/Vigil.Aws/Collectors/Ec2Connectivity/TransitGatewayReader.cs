using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Collectors.Ec2;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2Connectivity;

/// <summary>Transit gateways (DescribeTransitGateways, paginated) with their attachment options.</summary>
internal static class TransitGatewayReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var gateways = await target.ListAsync(sink, "ec2", "DescribeTransitGateways", null, "TransitGateways", ResourceTypes.TransitGateway, cancellationToken)
            .ConfigureAwait(false);
        if (gateways is null) return;
        sink.AddRange(gateways.Select(g => ToGateway(target, g)));
    }

    private static TransitGateway ToGateway(CollectionTarget target, JsonNode gateway)
    {
        var id = gateway.Text("TransitGatewayId") ?? throw new InvalidDataException("DescribeTransitGateways returned a gateway without TransitGatewayId");
        var tags = gateway.KeyValueTags();
        var options = gateway["Options"];
        return new TransitGateway
        {
            Arn = gateway.Text("TransitGatewayArn") ?? Ec2Names.Arn(target, "transit-gateway", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            TransitGatewayId = id,
            State = gateway.Text("State"),
            OwnerId = gateway.Text("OwnerId"),
            AutoAcceptSharedAttachments = options.Text("AutoAcceptSharedAttachments"),
            DefaultRouteTableAssociation = options.Text("DefaultRouteTableAssociation"),
            DefaultRouteTablePropagation = options.Text("DefaultRouteTablePropagation"),
        };
    }
}
