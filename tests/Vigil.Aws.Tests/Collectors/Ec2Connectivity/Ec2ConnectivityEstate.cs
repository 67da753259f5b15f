using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Ec2Connectivity;

/// <summary>A region's external connectivity in EC2's wire format (after the Amazon EC2 API reference examples): two
/// VPN connections ("office", both tunnels up and logged; "backup-dc", one tunnel down and no logs), two transit
/// gateways over two pages (one auto-accepting shared attachments), two Client VPN endpoints over two pages (one
/// logging connections) and VPC Block Public Access in block-ingress mode.</summary>
internal static class Ec2ConnectivityEstate
{
    public const string OfficeArn = "arn:aws:ec2:eu-west-1:123456789012:vpn-connection/vpn-0office";
    public const string BackupArn = "arn:aws:ec2:eu-west-1:123456789012:vpn-connection/vpn-0backup";
    public const string CoreGatewayArn = "arn:aws:ec2:eu-west-1:123456789012:transit-gateway/tgw-0core";
    public const string SharedGatewayArn = "arn:aws:ec2:eu-west-1:123456789012:transit-gateway/tgw-0shared";
    public const string StaffEndpointArn = "arn:aws:ec2:eu-west-1:123456789012:client-vpn-endpoint/cvpn-endpoint-0staff";
    public const string LabEndpointArn = "arn:aws:ec2:eu-west-1:123456789012:client-vpn-endpoint/cvpn-endpoint-0lab";
    private const string Ns = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .OnXml("ec2", "DescribeVpnConnections", VpnConnections)
        .On("ec2", "DescribeTransitGateways", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? GatewaysPage2 : GatewaysPage1))
        .On("ec2", "DescribeClientVpnEndpoints", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? EndpointsPage2 : EndpointsPage1))
        .OnXml("ec2", "DescribeVpcBlockPublicAccessOptions", $"""
            <DescribeVpcBlockPublicAccessOptionsResponse {Ns}>
              <requestId>7ad9a3c4-ed8e-4a9f-b4f3-example</requestId>
              <vpcBlockPublicAccessOptions>
                <awsAccountId>123456789012</awsAccountId><awsRegion>eu-west-1</awsRegion><state>update-complete</state>
                <internetGatewayBlockMode>block-ingress</internetGatewayBlockMode><managedBy>account</managedBy><exclusionsAllowed>allowed</exclusionsAllowed>
              </vpcBlockPublicAccessOptions>
            </DescribeVpcBlockPublicAccessOptionsResponse>
            """);

    private const string VpnConnections = $"""
        <DescribeVpnConnectionsResponse {Ns}>
          <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
          <vpnConnectionSet>
            <item>
              <vpnConnectionId>vpn-0office</vpnConnectionId>
              <state>available</state>
              <customerGatewayConfiguration>...</customerGatewayConfiguration>
              <type>ipsec.1</type>
              <customerGatewayId>cgw-0office</customerGatewayId>
              <transitGatewayId>tgw-0core</transitGatewayId>
              <category>VPN</category>
              <tagSet><item><key>Name</key><value>office</value></item></tagSet>
              <vgwTelemetry>
                <item><outsideIpAddress>52.30.0.1</outsideIpAddress><status>UP</status><lastStatusChange>2026-11-01T09:00:00.000Z</lastStatusChange><statusMessage>2 BGP ROUTES</statusMessage><acceptedRouteCount>2</acceptedRouteCount></item>
                <item><outsideIpAddress>52.30.0.2</outsideIpAddress><status>UP</status><lastStatusChange>2026-11-01T09:00:00.000Z</lastStatusChange><statusMessage>2 BGP ROUTES</statusMessage><acceptedRouteCount>2</acceptedRouteCount></item>
              </vgwTelemetry>
              <options>
                <staticRoutesOnly>false</staticRoutesOnly>
                <tunnelOptionSet>
                  <item><outsideIpAddress>52.30.0.1</outsideIpAddress><tunnelInsideCidr>169.254.10.0/30</tunnelInsideCidr><logOptions><cloudWatchLogOptions><logEnabled>true</logEnabled><logGroupArn>arn:aws:logs:eu-west-1:123456789012:log-group:vpn</logGroupArn><logOutputFormat>json</logOutputFormat></cloudWatchLogOptions></logOptions></item>
                  <item><outsideIpAddress>52.30.0.2</outsideIpAddress><tunnelInsideCidr>169.254.11.0/30</tunnelInsideCidr><logOptions><cloudWatchLogOptions><logEnabled>true</logEnabled><logGroupArn>arn:aws:logs:eu-west-1:123456789012:log-group:vpn</logGroupArn><logOutputFormat>json</logOutputFormat></cloudWatchLogOptions></logOptions></item>
                </tunnelOptionSet>
              </options>
            </item>
            <item>
              <vpnConnectionId>vpn-0backup</vpnConnectionId>
              <state>available</state>
              <type>ipsec.1</type>
              <customerGatewayId>cgw-0backup</customerGatewayId>
              <vpnGatewayId>vgw-0backup</vpnGatewayId>
              <tagSet/>
              <vgwTelemetry>
                <item><outsideIpAddress>52.30.1.1</outsideIpAddress><status>UP</status><statusMessage/><acceptedRouteCount>0</acceptedRouteCount></item>
                <item><outsideIpAddress>52.30.1.2</outsideIpAddress><status>DOWN</status><statusMessage>IPSEC IS DOWN</statusMessage><acceptedRouteCount>0</acceptedRouteCount></item>
              </vgwTelemetry>
              <options>
                <staticRoutesOnly>true</staticRoutesOnly>
                <tunnelOptionSet>
                  <item><outsideIpAddress>52.30.1.1</outsideIpAddress><logOptions><cloudWatchLogOptions><logEnabled>false</logEnabled></cloudWatchLogOptions></logOptions></item>
                  <item><outsideIpAddress>52.30.1.2</outsideIpAddress></item>
                </tunnelOptionSet>
              </options>
            </item>
          </vpnConnectionSet>
        </DescribeVpnConnectionsResponse>
        """;

    private const string GatewaysPage1 = $"""
        <DescribeTransitGatewaysResponse {Ns}>
          <requestId>151283df-f7dc-4317-89b4-01c9888b1d45</requestId>
          <transitGatewaySet>
            <item>
              <creationTime>2026-01-10T10:00:00.000Z</creationTime>
              <description>core</description>
              <options>
                <amazonSideAsn>64512</amazonSideAsn>
                <autoAcceptSharedAttachments>disable</autoAcceptSharedAttachments>
                <defaultRouteTableAssociation>enable</defaultRouteTableAssociation>
                <defaultRouteTablePropagation>enable</defaultRouteTablePropagation>
                <dnsSupport>enable</dnsSupport>
                <vpnEcmpSupport>enable</vpnEcmpSupport>
              </options>
              <ownerId>123456789012</ownerId>
              <state>available</state>
              <tagSet><item><key>Name</key><value>core</value></item></tagSet>
              <transitGatewayArn>arn:aws:ec2:eu-west-1:123456789012:transit-gateway/tgw-0core</transitGatewayArn>
              <transitGatewayId>tgw-0core</transitGatewayId>
            </item>
          </transitGatewaySet>
          <nextToken>page-2</nextToken>
        </DescribeTransitGatewaysResponse>
        """;

    private const string GatewaysPage2 = $"""
        <DescribeTransitGatewaysResponse {Ns}>
          <requestId>151283df-f7dc-4317-89b4-01c9888b1d46</requestId>
          <transitGatewaySet>
            <item>
              <options>
                <amazonSideAsn>64513</amazonSideAsn>
                <autoAcceptSharedAttachments>enable</autoAcceptSharedAttachments>
                <defaultRouteTableAssociation>disable</defaultRouteTableAssociation>
                <defaultRouteTablePropagation>disable</defaultRouteTablePropagation>
              </options>
              <ownerId>123456789012</ownerId>
              <state>available</state>
              <tagSet/>
              <transitGatewayArn>arn:aws:ec2:eu-west-1:123456789012:transit-gateway/tgw-0shared</transitGatewayArn>
              <transitGatewayId>tgw-0shared</transitGatewayId>
            </item>
          </transitGatewaySet>
        </DescribeTransitGatewaysResponse>
        """;

    private const string EndpointsPage1 = $"""
        <DescribeClientVpnEndpointsResponse {Ns}>
          <requestId>2b6ad2e4-f8f6-4b9e-8f2e-example</requestId>
          <clientVpnEndpoint>
            <item>
              <clientVpnEndpointId>cvpn-endpoint-0staff</clientVpnEndpointId>
              <status><code>available</code></status>
              <clientCidrBlock>10.200.0.0/16</clientCidrBlock>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <connectionLogOptions><Enabled>true</Enabled><CloudwatchLogGroup>client-vpn</CloudwatchLogGroup><CloudwatchLogStream>staff</CloudwatchLogStream></connectionLogOptions>
              <tagSet><item><key>Name</key><value>staff</value></item></tagSet>
            </item>
          </clientVpnEndpoint>
          <nextToken>page-2</nextToken>
        </DescribeClientVpnEndpointsResponse>
        """;

    private const string EndpointsPage2 = $"""
        <DescribeClientVpnEndpointsResponse {Ns}>
          <requestId>2b6ad2e4-f8f6-4b9e-8f2e-example2</requestId>
          <clientVpnEndpoint>
            <item>
              <clientVpnEndpointId>cvpn-endpoint-0lab</clientVpnEndpointId>
              <status><code>pending-associate</code></status>
              <clientCidrBlock>10.210.0.0/16</clientCidrBlock>
              <connectionLogOptions><Enabled>false</Enabled></connectionLogOptions>
              <tagSet/>
            </item>
          </clientVpnEndpoint>
        </DescribeClientVpnEndpointsResponse>
        """;
}
