using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Collectors.Ec2;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2Connectivity;

/// <summary>Site-to-Site VPN connections (DescribeVpnConnections, not paginated), each tunnel with its telemetry and its
/// CloudWatch Logs options, matched by the tunnel's outside IP address.</summary>
internal static class VpnConnectionReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var result = await target.DetailAsync("ec2", "DescribeVpnConnections", [], cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            sink.Failed(failure, target.AccountId, ResourceTypes.VpnConnection);
            return;
        }
        sink.AddRange(result.Output.Items("VpnConnections").Select(c => ToConnection(target, c)));
    }

    private static VpnConnection ToConnection(CollectionTarget target, JsonNode connection)
    {
        var id = connection.Text("VpnConnectionId") ?? throw new InvalidDataException("DescribeVpnConnections returned a connection without VpnConnectionId");
        var tags = connection.KeyValueTags();
        return new VpnConnection
        {
            Arn = Ec2Names.Arn(target, "vpn-connection", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            VpnConnectionId = id,
            State = connection.Text("State"),
            VpnGatewayId = connection.Text("VpnGatewayId"),
            TransitGatewayId = connection.Text("TransitGatewayId"),
            CustomerGatewayId = connection.Text("CustomerGatewayId"),
            Tunnels = Tunnels(connection),
        };
    }

    private static List<VpnTunnel> Tunnels(JsonNode connection)
    {
        var tunnels = new List<VpnTunnel>();
        var telemetry = connection.Items("VgwTelemetry").ToList();
        foreach (var options in connection["Options"].Items("TunnelOptions"))
        {
            var ip = options.Text("OutsideIpAddress");
            if (ip is null) continue;
            var status = telemetry.FirstOrDefault(t => t.Text("OutsideIpAddress") == ip);
            var logs = options["LogOptions"]?["CloudWatchLogOptions"];
            tunnels.Add(new VpnTunnel
            {
                OutsideIpAddress = ip,
                Status = status.Text("Status"),
                StatusMessage = status.Text("StatusMessage"),
                LogEnabled = logs.Flag("LogEnabled") ?? false,
                LogGroupArn = logs.Text("LogGroupArn"),
            });
        }
        foreach (var status in telemetry)
        {
            if (status.Text("OutsideIpAddress") is not { } ip || tunnels.Exists(t => t.OutsideIpAddress == ip)) continue;
            tunnels.Add(new VpnTunnel { OutsideIpAddress = ip, Status = status.Text("Status"), StatusMessage = status.Text("StatusMessage") });
        }
        return tunnels;
    }
}
