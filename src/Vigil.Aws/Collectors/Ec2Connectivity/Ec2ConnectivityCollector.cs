using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Ec2Connectivity;

/// <summary>How a region's networks connect outside themselves: Site-to-Site VPN connections, transit gateways, Client
/// VPN endpoints and the region's VPC Block Public Access mode, read concurrently.</summary>
internal sealed class Ec2ConnectivityCollector : IResourceCollector
{
    public string Service => "ec2";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "ec2:DescribeClientVpnEndpoints", "ec2:DescribeTransitGateways", "ec2:DescribeVpcBlockPublicAccessOptions",
        "ec2:DescribeVpnConnections",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        VpnConnectionReader.ReadAsync(target, sink, cancellationToken),
        TransitGatewayReader.ReadAsync(target, sink, cancellationToken),
        ClientVpnEndpointReader.ReadAsync(target, sink, cancellationToken),
        VpcBlockPublicAccessReader.ReadAsync(target, sink, cancellationToken));
}
