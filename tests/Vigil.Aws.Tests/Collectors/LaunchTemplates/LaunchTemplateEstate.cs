using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.LaunchTemplates;

/// <summary>Two launch templates over two pages of DescribeLaunchTemplates in EC2's wire format, and their default
/// versions over two pages of DescribeLaunchTemplateVersions: "web" (IMDSv2 required, no public IP) and "bastion"
/// (HttpTokens optional, a public IP on interface 0); "web" maps an encrypted root volume and an instance store volume.</summary>
internal static class LaunchTemplateEstate
{
    public const string WebArn = "arn:aws:ec2:eu-west-1:123456789012:launch-template/lt-0web";
    public const string BastionArn = "arn:aws:ec2:eu-west-1:123456789012:launch-template/lt-0bastion";
    private const string Ns = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("ec2", "DescribeLaunchTemplates", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? TemplatesPage2 : TemplatesPage1))
        .On("ec2", "DescribeLaunchTemplateVersions", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? VersionsPage2 : VersionsPage1));

    private const string TemplatesPage1 = $"""
        <DescribeLaunchTemplatesResponse {Ns}>
          <requestId>1afa6e44-eb38-4229-8db6-d5eaexample</requestId>
          <launchTemplates>
            <item>
              <createTime>2026-03-01T10:00:00.000Z</createTime>
              <createdBy>arn:aws:iam::123456789012:root</createdBy>
              <defaultVersionNumber>3</defaultVersionNumber>
              <latestVersionNumber>4</latestVersionNumber>
              <launchTemplateId>lt-0web</launchTemplateId>
              <launchTemplateName>web</launchTemplateName>
              <tagSet><item><key>team</key><value>platform</value></item></tagSet>
            </item>
          </launchTemplates>
          <nextToken>page-2</nextToken>
        </DescribeLaunchTemplatesResponse>
        """;

    private const string TemplatesPage2 = $"""
        <DescribeLaunchTemplatesResponse {Ns}>
          <requestId>1afa6e44-eb38-4229-8db6-d5eaexample2</requestId>
          <launchTemplates>
            <item>
              <defaultVersionNumber>1</defaultVersionNumber>
              <latestVersionNumber>1</latestVersionNumber>
              <launchTemplateId>lt-0bastion</launchTemplateId>
              <launchTemplateName>bastion</launchTemplateName>
            </item>
          </launchTemplates>
        </DescribeLaunchTemplatesResponse>
        """;

    private const string VersionsPage1 = $"""
        <DescribeLaunchTemplateVersionsResponse {Ns}>
          <requestId>65cadec1-ab9d-4a9b-9b4e-example</requestId>
          <launchTemplateVersionSet>
            <item>
              <defaultVersion>true</defaultVersion>
              <launchTemplateData>
                <imageId>ami-0abcdef1234567890</imageId>
                <instanceType>m7g.large</instanceType>
                <iamInstanceProfile><arn>arn:aws:iam::123456789012:instance-profile/web/web-profile</arn></iamInstanceProfile>
                <blockDeviceMappingSet>
                  <item><deviceName>/dev/xvda</deviceName><ebs><encrypted>true</encrypted><kmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/ebs</kmsKeyId><volumeSize>30</volumeSize><volumeType>gp3</volumeType></ebs></item>
                  <item><deviceName>/dev/sdb</deviceName><virtualName>ephemeral0</virtualName></item>
                </blockDeviceMappingSet>
                <metadataOptions><httpTokens>required</httpTokens><httpEndpoint>enabled</httpEndpoint><httpPutResponseHopLimit>2</httpPutResponseHopLimit></metadataOptions>
                <networkInterfaceSet>
                  <item><associatePublicIpAddress>false</associatePublicIpAddress><deviceIndex>0</deviceIndex><subnetId>subnet-0private</subnetId></item>
                </networkInterfaceSet>
              </launchTemplateData>
              <launchTemplateId>lt-0web</launchTemplateId>
              <launchTemplateName>web</launchTemplateName>
              <versionNumber>3</versionNumber>
            </item>
          </launchTemplateVersionSet>
          <nextToken>page-2</nextToken>
        </DescribeLaunchTemplateVersionsResponse>
        """;

    private const string VersionsPage2 = $"""
        <DescribeLaunchTemplateVersionsResponse {Ns}>
          <requestId>65cadec1-ab9d-4a9b-9b4e-example2</requestId>
          <launchTemplateVersionSet>
            <item>
              <defaultVersion>true</defaultVersion>
              <launchTemplateData>
                <imageId>ami-0abcdef1234567891</imageId>
                <iamInstanceProfile><name>bastion-profile</name></iamInstanceProfile>
                <metadataOptions><httpTokens>optional</httpTokens></metadataOptions>
                <networkInterfaceSet>
                  <item><associatePublicIpAddress>true</associatePublicIpAddress><deviceIndex>0</deviceIndex></item>
                </networkInterfaceSet>
              </launchTemplateData>
              <launchTemplateId>lt-0bastion</launchTemplateId>
              <launchTemplateName>bastion</launchTemplateName>
              <versionNumber>1</versionNumber>
            </item>
          </launchTemplateVersionSet>
        </DescribeLaunchTemplateVersionsResponse>
        """;
}
