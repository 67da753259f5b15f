using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2ClientVpnConnectionLoggingEnabled : Check<ClientVpnEndpoint>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-client-vpn-connection-logging-enabled",
        Title = "Client VPN endpoints log client connections",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without connection logs, nobody can tell who connected to the network through the Client VPN, from where and when, nor detect stolen credentials or brute-force attempts.",
        Remediation = new()
        {
            Text = "Enable client connection logging on the Client VPN endpoint with a CloudWatch Logs log group (and optionally a log stream).",
            Cli = "aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id CVPN_ID --connection-log-options Enabled=true,CloudwatchLogGroup=LOG_GROUP",
            Terraform = """
                resource "aws_ec2_client_vpn_endpoint" "this" {
                  server_certificate_arn = aws_acm_certificate.vpn.arn
                  client_cidr_block      = "10.200.0.0/16"
                  authentication_options {
                    type                       = "certificate-authentication"
                    root_certificate_chain_arn = aws_acm_certificate.clients.arn
                  }
                  connection_log_options {
                    enabled              = true
                    cloudwatch_log_group = aws_cloudwatch_log_group.client_vpn.name
                  }
                }
                """,
            CloudFormation = """
                ClientVpnEndpoint:
                  Type: AWS::EC2::ClientVpnEndpoint
                  Properties:
                    ServerCertificateArn: !Ref ServerCertificate
                    ClientCidrBlock: 10.200.0.0/16
                    AuthenticationOptions:
                      - Type: certificate-authentication
                        MutualAuthentication: {ClientRootCertificateChainArn: !Ref ClientCertificate}
                    ConnectionLogOptions:
                      Enabled: true
                      CloudwatchLogGroup: !Ref ClientVpnLogs
                """,
            Url = "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/cvpn-working-with-logs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Status", "ConnectionLogEnabled"];

    public override CheckOutcome Evaluate(ClientVpnEndpoint endpoint, CheckContext context)
    {
        if (endpoint.Status is "deleting" or "deleted") return NotApplicable;
        return endpoint.ConnectionLogEnabled
            ? Pass($"Client VPN endpoint {endpoint.ClientVpnEndpointId} logs client connections to {endpoint.ConnectionLogGroup}.")
            : Fail($"Client VPN endpoint {endpoint.ClientVpnEndpointId} does not log client connections.");
    }
}
