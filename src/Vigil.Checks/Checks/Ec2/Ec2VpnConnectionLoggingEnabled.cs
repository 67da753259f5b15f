using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpnConnectionLoggingEnabled : Check<VpnConnection>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpn-connection-logging-enabled",
        Title = "Site-to-Site VPN connections send the logs of both tunnels to CloudWatch Logs",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without tunnel logs, IKE negotiation failures, dead peer detection events and unexpected tunnel rekeys leave no record, so outages and tampering with the on-premises link cannot be investigated.",
        Remediation = new()
        {
            Text = "Enable Site-to-Site VPN logs for both tunnels and send them to a CloudWatch Logs log group.",
            Cli = "aws ec2 modify-vpn-tunnel-options --vpn-connection-id VPN_ID --vpn-tunnel-outside-ip-address TUNNEL_IP --tunnel-options '{\"LogOptions\":{\"CloudWatchLogOptions\":{\"LogEnabled\":true,\"LogGroupArn\":\"LOG_GROUP_ARN\",\"LogOutputFormat\":\"json\"}}}'",
            Terraform = """
                resource "aws_vpn_connection" "this" {
                  customer_gateway_id = aws_customer_gateway.office.id
                  transit_gateway_id  = aws_ec2_transit_gateway.this.id
                  type                = "ipsec.1"
                  tunnel1_log_options {
                    cloudwatch_log_options {
                      log_enabled       = true
                      log_group_arn     = aws_cloudwatch_log_group.vpn.arn
                      log_output_format = "json"
                    }
                  }
                  tunnel2_log_options {
                    cloudwatch_log_options {
                      log_enabled       = true
                      log_group_arn     = aws_cloudwatch_log_group.vpn.arn
                      log_output_format = "json"
                    }
                  }
                }
                """,
            CloudFormation = """
                VpnConnection:
                  Type: AWS::EC2::VPNConnection
                  Properties:
                    Type: ipsec.1
                    CustomerGatewayId: !Ref CustomerGateway
                    TransitGatewayId: !Ref TransitGateway
                    VpnTunnelOptionsSpecifications:
                      - LogOptions:
                          CloudwatchLogOptions: {LogEnabled: true, LogGroupArn: !GetAtt VpnLogs.Arn, LogOutputFormat: json}
                      - LogOptions:
                          CloudwatchLogOptions: {LogEnabled: true, LogGroupArn: !GetAtt VpnLogs.Arn, LogOutputFormat: json}
                """,
            Url = "https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-logs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "Tunnels"];

    public override CheckOutcome Evaluate(VpnConnection connection, CheckContext context)
    {
        if (!connection.IsAvailable) return NotApplicable;
        if (connection.Tunnels.Count == 0)
            return CheckOutcome.Error($"AWS reported no tunnel options for VPN connection {connection.VpnConnectionId}.");
        var unlogged = 0;
        foreach (var tunnel in connection.Tunnels)
        {
            if (!tunnel.LogEnabled) unlogged++;
        }
        return unlogged == 0
            ? Pass($"Every tunnel of VPN connection {connection.VpnConnectionId} logs to CloudWatch Logs.")
            : Fail($"{unlogged} of the {connection.Tunnels.Count} tunnels of VPN connection {connection.VpnConnectionId} have no CloudWatch Logs logging.");
    }
}
