using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Ec2;

/// <summary>A small EC2 region in EC2's wire format (after the Amazon EC2 API reference examples): two instances
/// over two pages of DescribeInstances, a world-open SSH group used by one interface, a NACL, a VPC with a flow log
/// and an ssm endpoint, a public subnet and a private one, an encrypted volume, a public snapshot, an image shared
/// with one account, an Elastic IP and the regional settings.</summary>
internal static class Ec2Estate
{
    private const string Ns = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("ec2", "DescribeInstances", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? InstancesPage2 : InstancesPage1))
        .OnXml("ec2", "DescribeSecurityGroups", SecurityGroups)
        .OnXml("ec2", "DescribeNetworkInterfaces", NetworkInterfaces)
        .OnXml("ec2", "DescribeNetworkAcls", NetworkAcls)
        .OnXml("ec2", "DescribeVpcs", Vpcs)
        .OnXml("ec2", "DescribeFlowLogs", FlowLogs)
        .OnXml("ec2", "DescribeVpcEndpoints", VpcEndpoints)
        .OnXml("ec2", "DescribeSubnets", Subnets)
        .OnXml("ec2", "DescribeRouteTables", RouteTables)
        .OnXml("ec2", "DescribeVolumes", Volumes)
        .OnXml("ec2", "DescribeSnapshots", Snapshots)
        .OnXml("ec2", "DescribeSnapshotAttribute", SnapshotAttribute)
        .OnXml("ec2", "DescribeImages", Images)
        .OnXml("ec2", "DescribeImageAttribute", ImageAttribute)
        .OnXml("ec2", "DescribeAddresses", Addresses)
        .OnXml("ec2", "GetEbsEncryptionByDefault", $"<GetEbsEncryptionByDefaultResponse {Ns}><requestId>r</requestId><ebsEncryptionByDefault>false</ebsEncryptionByDefault><sseType>sse-ebs</sseType></GetEbsEncryptionByDefaultResponse>")
        .OnXml("ec2", "GetSnapshotBlockPublicAccessState", $"<GetSnapshotBlockPublicAccessStateResponse {Ns}><requestId>r</requestId><state>block-new-sharing</state><managedBy>account</managedBy></GetSnapshotBlockPublicAccessStateResponse>")
        .OnXml("ec2", "GetImageBlockPublicAccessState", $"<GetImageBlockPublicAccessStateResponse {Ns}><requestId>r</requestId><imageBlockPublicAccessState>unblocked</imageBlockPublicAccessState><managedBy>account</managedBy></GetImageBlockPublicAccessStateResponse>");

    private const string InstancesPage1 = $"""
        <DescribeInstancesResponse {Ns}>
          <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
          <reservationSet>
            <item>
              <reservationId>r-1234567890abcdef0</reservationId>
              <ownerId>123456789012</ownerId>
              <groupSet/>
              <instancesSet>
                <item>
                  <instanceId>i-1234567890abcdef0</instanceId>
                  <imageId>ami-0abcdef1234567890</imageId>
                  <instanceState><code>16</code><name>running</name></instanceState>
                  <privateDnsName>ip-10-0-1-10.eu-west-1.compute.internal</privateDnsName>
                  <dnsName>ec2-54-194-252-215.eu-west-1.compute.amazonaws.com</dnsName>
                  <reason/>
                  <instanceType>t3.micro</instanceType>
                  <launchTime>2024-05-01T09:30:00.000Z</launchTime>
                  <subnetId>subnet-0public</subnetId>
                  <vpcId>vpc-0a1b2c3d</vpcId>
                  <privateIpAddress>10.0.1.10</privateIpAddress>
                  <ipAddress>54.194.252.215</ipAddress>
                  <groupSet><item><groupId>sg-0ssh</groupId><groupName>ssh-open</groupName></item></groupSet>
                  <blockDeviceMapping>
                    <item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-0enc</volumeId><status>attached</status><attachTime>2024-05-01T09:30:05.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></ebs></item>
                  </blockDeviceMapping>
                  <virtualizationType>hvm</virtualizationType>
                  <iamInstanceProfile><arn>arn:aws:iam::123456789012:instance-profile/web</arn><id>AIPAEXAMPLE</id></iamInstanceProfile>
                  <networkInterfaceSet><item><networkInterfaceId>eni-0web</networkInterfaceId></item></networkInterfaceSet>
                  <tagSet><item><key>Name</key><value>web-1</value></item><item><key>team</key><value>shop</value></item></tagSet>
                  <metadataOptions><state>applied</state><httpTokens>optional</httpTokens><httpPutResponseHopLimit>1</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions>
                </item>
              </instancesSet>
            </item>
          </reservationSet>
          <nextToken>page-2</nextToken>
        </DescribeInstancesResponse>
        """;

    private const string InstancesPage2 = $"""
        <DescribeInstancesResponse {Ns}>
          <requestId>8f7724cf-496f-496e-8fe3-example2</requestId>
          <reservationSet>
            <item>
              <reservationId>r-0fedcba9876543210</reservationId>
              <ownerId>123456789012</ownerId>
              <instancesSet>
                <item>
                  <instanceId>i-0stopped</instanceId>
                  <imageId>ami-0abcdef1234567890</imageId>
                  <instanceState><code>80</code><name>stopped</name></instanceState>
                  <reason>User initiated (2024-06-02 10:11:12 GMT)</reason>
                  <instanceType>m5.large</instanceType>
                  <launchTime>2024-01-01T00:00:00.000Z</launchTime>
                  <subnetId>subnet-0private</subnetId>
                  <vpcId>vpc-0a1b2c3d</vpcId>
                  <privateIpAddress>10.0.2.20</privateIpAddress>
                  <groupSet/>
                  <virtualizationType>paravirtual</virtualizationType>
                  <networkInterfaceSet><item><networkInterfaceId>eni-0a</networkInterfaceId></item><item><networkInterfaceId>eni-0b</networkInterfaceId></item></networkInterfaceSet>
                  <metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions>
                </item>
                <item>
                  <instanceId>i-0gone</instanceId>
                  <instanceState><code>48</code><name>terminated</name></instanceState>
                  <virtualizationType>hvm</virtualizationType>
                </item>
              </instancesSet>
            </item>
          </reservationSet>
        </DescribeInstancesResponse>
        """;

    private const string SecurityGroups = $"""
        <DescribeSecurityGroupsResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <securityGroupInfo>
            <item>
              <ownerId>123456789012</ownerId>
              <groupId>sg-0ssh</groupId>
              <groupName>ssh-open</groupName>
              <groupDescription>SSH from anywhere</groupDescription>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <ipPermissions>
                <item>
                  <ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort>
                  <groups><item><userId>123456789012</userId><groupId>sg-0bastion</groupId></item></groups>
                  <ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges>
                  <ipv6Ranges><item><cidrIpv6>::/0</cidrIpv6></item></ipv6Ranges>
                  <prefixListIds><item><prefixListId>pl-12345678</prefixListId></item></prefixListIds>
                </item>
              </ipPermissions>
              <ipPermissionsEgress>
                <item><ipProtocol>-1</ipProtocol><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><prefixListIds/></item>
              </ipPermissionsEgress>
              <tagSet><item><key>team</key><value>shop</value></item></tagSet>
            </item>
            <item>
              <ownerId>123456789012</ownerId>
              <groupId>sg-0default</groupId>
              <groupName>default</groupName>
              <groupDescription>default VPC security group</groupDescription>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <ipPermissions/>
              <ipPermissionsEgress/>
            </item>
          </securityGroupInfo>
        </DescribeSecurityGroupsResponse>
        """;

    private const string NetworkInterfaces = $"""
        <DescribeNetworkInterfacesResponse {Ns}>
          <requestId>fc45294c-006b-457b-bab9-012f5EXAMPLE</requestId>
          <networkInterfaceSet>
            <item>
              <networkInterfaceId>eni-0web</networkInterfaceId>
              <subnetId>subnet-0public</subnetId>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <groupSet><item><groupId>sg-0ssh</groupId><groupName>ssh-open</groupName></item></groupSet>
            </item>
          </networkInterfaceSet>
        </DescribeNetworkInterfacesResponse>
        """;

    private const string NetworkAcls = $"""
        <DescribeNetworkAclsResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <networkAclSet>
            <item>
              <networkAclId>acl-5fb85d36</networkAclId>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <default>true</default>
              <entrySet>
                <item><ruleNumber>100</ruleNumber><protocol>6</protocol><ruleAction>allow</ruleAction><egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock><portRange><from>22</from><to>22</to></portRange></item>
                <item><ruleNumber>32767</ruleNumber><protocol>-1</protocol><ruleAction>deny</ruleAction><egress>true</egress><ipv6CidrBlock>::/0</ipv6CidrBlock></item>
              </entrySet>
              <associationSet>
                <item><networkAclAssociationId>aclassoc-5c659635</networkAclAssociationId><networkAclId>acl-5fb85d36</networkAclId><subnetId>subnet-0public</subnetId></item>
              </associationSet>
              <tagSet/>
            </item>
          </networkAclSet>
        </DescribeNetworkAclsResponse>
        """;

    private const string Vpcs = $"""
        <DescribeVpcsResponse {Ns}>
          <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
          <vpcSet>
            <item>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <state>available</state>
              <cidrBlock>10.0.0.0/16</cidrBlock>
              <dhcpOptionsId>dopt-19edf471</dhcpOptionsId>
              <tagSet><item><key>Name</key><value>shop</value></item></tagSet>
              <instanceTenancy>default</instanceTenancy>
              <isDefault>false</isDefault>
            </item>
            <item>
              <vpcId>vpc-0default</vpcId>
              <state>available</state>
              <cidrBlock>172.31.0.0/16</cidrBlock>
              <isDefault>true</isDefault>
            </item>
          </vpcSet>
        </DescribeVpcsResponse>
        """;

    private const string FlowLogs = $"""
        <DescribeFlowLogsResponse {Ns}>
          <requestId>3cb46f23-099e-4bf0-891c-EXAMPLE</requestId>
          <flowLogSet>
            <item>
              <deliverLogsStatus>SUCCESS</deliverLogsStatus>
              <flowLogId>fl-1a2b3c4d</flowLogId>
              <flowLogStatus>ACTIVE</flowLogStatus>
              <logDestinationType>cloud-watch-logs</logDestinationType>
              <logGroupName>vpc-flow-logs</logGroupName>
              <resourceId>vpc-0a1b2c3d</resourceId>
              <trafficType>REJECT</trafficType>
            </item>
          </flowLogSet>
        </DescribeFlowLogsResponse>
        """;

    private const string VpcEndpoints = $"""
        <DescribeVpcEndpointsResponse {Ns}>
          <requestId>19a9ff46-7df6-49b8-9726-3df27527089d</requestId>
          <vpcEndpointSet>
            <item><vpcEndpointId>vpce-0ssm</vpcEndpointId><vpcEndpointType>Interface</vpcEndpointType><vpcId>vpc-0a1b2c3d</vpcId><serviceName>com.amazonaws.eu-west-1.ssm</serviceName><state>available</state></item>
          </vpcEndpointSet>
        </DescribeVpcEndpointsResponse>
        """;

    private const string Subnets = $"""
        <DescribeSubnetsResponse {Ns}>
          <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
          <subnetSet>
            <item>
              <subnetId>subnet-0public</subnetId>
              <subnetArn>arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-0public</subnetArn>
              <state>available</state>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <cidrBlock>10.0.1.0/24</cidrBlock>
              <availableIpAddressCount>251</availableIpAddressCount>
              <availabilityZone>eu-west-1a</availabilityZone>
              <defaultForAz>false</defaultForAz>
              <mapPublicIpOnLaunch>true</mapPublicIpOnLaunch>
              <tagSet><item><key>Name</key><value>public-a</value></item></tagSet>
            </item>
            <item>
              <subnetId>subnet-0private</subnetId>
              <state>available</state>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <cidrBlock>10.0.2.0/24</cidrBlock>
              <availabilityZone>eu-west-1b</availabilityZone>
              <defaultForAz>false</defaultForAz>
              <mapPublicIpOnLaunch>false</mapPublicIpOnLaunch>
            </item>
          </subnetSet>
        </DescribeSubnetsResponse>
        """;

    private const string RouteTables = $"""
        <DescribeRouteTablesResponse {Ns}>
          <requestId>6f570b0b-9c18-4b07-bdec-73740dcf861a</requestId>
          <routeTableSet>
            <item>
              <routeTableId>rtb-0main</routeTableId>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <routeSet><item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state><origin>CreateRouteTable</origin></item></routeSet>
              <associationSet><item><routeTableAssociationId>rtbassoc-0main</routeTableAssociationId><routeTableId>rtb-0main</routeTableId><main>true</main></item></associationSet>
            </item>
            <item>
              <routeTableId>rtb-0public</routeTableId>
              <vpcId>vpc-0a1b2c3d</vpcId>
              <routeSet>
                <item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state></item>
                <item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><gatewayId>igw-0123</gatewayId><state>active</state><origin>CreateRoute</origin></item>
              </routeSet>
              <associationSet><item><routeTableAssociationId>rtbassoc-0pub</routeTableAssociationId><routeTableId>rtb-0public</routeTableId><subnetId>subnet-0public</subnetId><main>false</main></item></associationSet>
            </item>
          </routeTableSet>
        </DescribeRouteTablesResponse>
        """;

    private const string Volumes = $"""
        <DescribeVolumesResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <volumeSet>
            <item>
              <volumeId>vol-0enc</volumeId>
              <size>8</size>
              <snapshotId>snap-0base</snapshotId>
              <availabilityZone>eu-west-1a</availabilityZone>
              <status>in-use</status>
              <createTime>2024-05-01T09:30:05.000Z</createTime>
              <attachmentSet>
                <item><volumeId>vol-0enc</volumeId><instanceId>i-1234567890abcdef0</instanceId><device>/dev/xvda</device><status>attached</status><attachTime>2024-05-01T09:30:05.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></item>
              </attachmentSet>
              <volumeType>gp3</volumeType>
              <encrypted>true</encrypted>
              <kmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab</kmsKeyId>
            </item>
            <item>
              <volumeId>vol-0loose</volumeId>
              <size>100</size>
              <status>available</status>
              <attachmentSet/>
              <volumeType>gp2</volumeType>
              <encrypted>false</encrypted>
            </item>
          </volumeSet>
        </DescribeVolumesResponse>
        """;

    private const string Snapshots = $"""
        <DescribeSnapshotsResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <snapshotSet>
            <item>
              <snapshotId>snap-0public</snapshotId>
              <volumeId>vol-0loose</volumeId>
              <status>completed</status>
              <startTime>2024-07-01T12:00:00.000Z</startTime>
              <progress>100%</progress>
              <ownerId>123456789012</ownerId>
              <volumeSize>100</volumeSize>
              <description>seed data</description>
              <encrypted>false</encrypted>
              <tagSet><item><key>Name</key><value>seed</value></item></tagSet>
            </item>
          </snapshotSet>
        </DescribeSnapshotsResponse>
        """;

    private const string SnapshotAttribute = $"""
        <DescribeSnapshotAttributeResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <snapshotId>snap-0public</snapshotId>
          <createVolumePermission>
            <item><group>all</group></item>
            <item><userId>210987654321</userId></item>
          </createVolumePermission>
        </DescribeSnapshotAttributeResponse>
        """;

    private const string Images = $"""
        <DescribeImagesResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <imagesSet>
            <item>
              <imageId>ami-0abcdef1234567890</imageId>
              <imageLocation>123456789012/golden</imageLocation>
              <imageState>available</imageState>
              <imageOwnerId>123456789012</imageOwnerId>
              <creationDate>2024-03-01T08:00:00.000Z</creationDate>
              <isPublic>false</isPublic>
              <name>golden-2024-03</name>
              <blockDeviceMapping>
                <item><deviceName>/dev/xvda</deviceName><ebs><snapshotId>snap-0golden</snapshotId><volumeSize>8</volumeSize><deleteOnTermination>true</deleteOnTermination><volumeType>gp3</volumeType><encrypted>true</encrypted></ebs></item>
              </blockDeviceMapping>
              <deprecationTime>2026-03-01T08:00:00.000Z</deprecationTime>
            </item>
          </imagesSet>
        </DescribeImagesResponse>
        """;

    private const string ImageAttribute = $"""
        <DescribeImageAttributeResponse {Ns}>
          <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
          <imageId>ami-0abcdef1234567890</imageId>
          <launchPermission><item><userId>210987654321</userId></item></launchPermission>
        </DescribeImageAttributeResponse>
        """;

    private const string Addresses = $"""
        <DescribeAddressesResponse {Ns}>
          <requestId>f7de5e98-491a-4c19-a92d-908d6EXAMPLE</requestId>
          <addressesSet>
            <item><publicIp>203.0.113.41</publicIp><allocationId>eipalloc-08229861</allocationId><domain>vpc</domain><instanceId>i-1234567890abcdef0</instanceId><associationId>eipassoc-f0229899</associationId><networkInterfaceId>eni-0web</networkInterfaceId></item>
            <item><publicIp>198.51.100.7</publicIp><allocationId>eipalloc-0idle</allocationId><domain>vpc</domain></item>
          </addressesSet>
        </DescribeAddressesResponse>
        """;
}
