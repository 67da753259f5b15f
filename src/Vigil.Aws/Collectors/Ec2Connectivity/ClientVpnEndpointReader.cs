using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Collectors.Ec2;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2Connectivity;

/// <summary>Client VPN endpoints (DescribeClientVpnEndpoints, paginated) with their connection log options.</summary>
internal static class ClientVpnEndpointReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var endpoints = await target.ListAsync(sink, "ec2", "DescribeClientVpnEndpoints", null, "ClientVpnEndpoints", ResourceTypes.ClientVpnEndpoint,
            cancellationToken).ConfigureAwait(false);
        if (endpoints is null) return;
        sink.AddRange(endpoints.Select(e => ToEndpoint(target, e)));
    }

    private static ClientVpnEndpoint ToEndpoint(CollectionTarget target, JsonNode endpoint)
    {
        var id = endpoint.Text("ClientVpnEndpointId")
            ?? throw new InvalidDataException("DescribeClientVpnEndpoints returned an endpoint without ClientVpnEndpointId");
        var tags = endpoint.KeyValueTags();
        var logs = endpoint["ConnectionLogOptions"];
        return new ClientVpnEndpoint
        {
            Arn = Ec2Names.Arn(target, "client-vpn-endpoint", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            ClientVpnEndpointId = id,
            Status = endpoint["Status"].Text("Code"),
            VpcId = endpoint.Text("VpcId"),
            ClientCidrBlock = endpoint.Text("ClientCidrBlock"),
            ConnectionLogEnabled = logs.Flag("Enabled") ?? false,
            ConnectionLogGroup = logs.Text("CloudwatchLogGroup"),
            ConnectionLogStream = logs.Text("CloudwatchLogStream"),
        };
    }
}
