namespace Vigil.Core.Model.Ec2;

/// <summary>An AWS Site-to-Site VPN connection (DescribeVpnConnections).</summary>
public sealed record VpnConnection : Resource
{
    public override string ResourceType => ResourceTypes.VpnConnection;

    public required string VpnConnectionId { get; init; }
    /// <summary>pending, available, deleting or deleted.</summary>
    public string? State { get; init; }
    public string? VpnGatewayId { get; init; }
    public string? TransitGatewayId { get; init; }
    public string? CustomerGatewayId { get; init; }
    /// <summary>The status of each tunnel as AWS reports it (VgwTelemetry).</summary>
    public IReadOnlyList<VpnTunnel> Tunnels { get => field ?? []; init; }

    /// <summary>Only an available connection is expected to have its tunnels up and its options in force.</summary>
    public bool IsAvailable => State == "available";
}
