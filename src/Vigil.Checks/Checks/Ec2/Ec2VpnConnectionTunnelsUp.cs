using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpnConnectionTunnelsUp : Check<VpnConnection>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpn-connection-tunnels-up",
        Title = "Both tunnels of each Site-to-Site VPN connection are up",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Resilience,
        Risk = "A VPN connection running on one tunnel has no redundancy: the next AWS endpoint maintenance or customer gateway failure cuts the on-premises link entirely.",
        Remediation = new()
        {
            Text = "Configure both tunnels on the customer gateway device (each with its own outside IP and pre-shared key) and investigate the tunnel that is down with its VPN logs.",
            Cli = "aws ec2 describe-vpn-connections --vpn-connection-ids VPN_ID --query 'VpnConnections[].VgwTelemetry'",
            Terraform = """
                resource "aws_vpn_connection" "this" {
                  customer_gateway_id = aws_customer_gateway.office.id
                  transit_gateway_id  = aws_ec2_transit_gateway.this.id
                  type                = "ipsec.1"
                  # Configure both tunnel1_* and tunnel2_* endpoints on the customer gateway device.
                }
                """,
            CloudFormation = """
                VpnConnection:
                  Type: AWS::EC2::VPNConnection
                  Properties:
                    Type: ipsec.1
                    CustomerGatewayId: !Ref CustomerGateway
                    TransitGatewayId: !Ref TransitGateway
                # Configure both tunnels on the customer gateway device.
                """,
            Url = "https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-vpn-tunnels.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "Tunnels"];

    public override CheckOutcome Evaluate(VpnConnection connection, CheckContext context)
    {
        if (!connection.IsAvailable) return NotApplicable;
        if (connection.Tunnels.Count == 0)
            return CheckOutcome.Error($"AWS reported no tunnel telemetry for VPN connection {connection.VpnConnectionId}.");
        var down = 0;
        foreach (var tunnel in connection.Tunnels)
        {
            if (tunnel.Status is null)
                return CheckOutcome.Error($"AWS reported no telemetry for tunnel {tunnel.OutsideIpAddress} of VPN connection {connection.VpnConnectionId}.");
            if (tunnel.Status != "UP") down++;
        }
        return down == 0
            ? Pass($"Both tunnels of VPN connection {connection.VpnConnectionId} are up.")
            : Fail($"{down} of the {connection.Tunnels.Count} tunnels of VPN connection {connection.VpnConnectionId} are down.");
    }
}
