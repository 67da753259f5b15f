namespace Vigil.Importers.Tests.CloudFormation;

public sealed class Ec2MappingTests
{
    [Fact]
    public void SecurityGroup_WithoutEgress_KeepsTheAllowAllEgressRule()
    {
        var group = Assert.Single(TemplateImport.Text("Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n").SecurityGroups);
        var rule = Assert.Single(group.Egress);
        Assert.True(rule.AllProtocols);
        Assert.True(rule.OpenToIpv4World);
        Assert.StartsWith("sg-", group.GroupId, StringComparison.Ordinal);
        Assert.Equal("Sg", group.Name);
    }

    [Fact]
    public void SecurityGroupIngress_IsJoinedIntoItsGroup()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: bastion
              Ssh:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !GetAtt Sg.GroupId
                  IpProtocol: 6
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
            """);
        var rule = Assert.Single(Assert.Single(snapshot.SecurityGroups).Ingress);
        Assert.Equal("tcp", rule.Protocol);
        Assert.True(rule.CoversPort(22));
        Assert.True(rule.OpenToIpv4World);
    }

    [Fact]
    public void SecurityGroupIngress_WithAnUnknownCidr_MakesTheIngressUnknown()
    {
        var snapshot = TemplateImport.Text("""
            Parameters:
              AdminCidr:
                Type: String
            Resources:
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: admin
              Ssh:
                Type: AWS::EC2::SecurityGroupIngress
                Properties:
                  GroupId: !Ref Sg
                  IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: !Ref AdminCidr
            """);
        Assert.Equal(["Ingress"], Assert.Single(snapshot.SecurityGroups).Unreadable);
        Assert.Equal("CidrIp is the parameter AdminCidr, which has no value", Assert.Single(snapshot.Errors).Message);
    }

    [Fact]
    public void SecurityGroup_UsedByAnInstanceOfTheTemplate_CountsTheAttachment()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
              Unused:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: nothing uses it
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  SecurityGroupIds: [!Ref Sg]
            """);
        Assert.Equal(1, snapshot.SecurityGroups.Single(g => g.Name == "Sg").AttachmentCount);
        Assert.Equal(0, snapshot.SecurityGroups.Single(g => g.Name == "Unused").AttachmentCount);
    }

    [Fact]
    public void Instance_InASubnetOfTheTemplateThatMapsPublicIps_HasAPublicIp()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Public:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: vpc-1
                  MapPublicIpOnLaunch: true
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-12345678
                  SubnetId: !Ref Public
            """);
        var instance = Assert.Single(snapshot.Ec2Instances);
        Assert.NotNull(instance.PublicIpAddress);
        Assert.Equal("vpc-1", instance.VpcId);
    }

    [Fact]
    public void Instance_InASubnetOutsideTheTemplate_HasAnUnknownPublicIp()
    {
        var instance = Assert.Single(TemplateImport.Text("Resources:\n  Server:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n      SubnetId: subnet-0abc\n").Ec2Instances);
        Assert.Contains("PublicIpAddress", instance.Unreadable);
    }

    [Fact]
    public void Instance_WithALaunchTemplateRequiringImdsV2_RequiresImdsV2()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Template:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    MetadataOptions:
                      HttpTokens: required
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  LaunchTemplate:
                    LaunchTemplateId: !Ref Template
                    Version: !GetAtt Template.LatestVersionNumber
            """);
        Assert.True(Assert.Single(snapshot.Ec2Instances).MetadataOptions!.RequiresImdsV2);
        Assert.True(Assert.Single(snapshot.LaunchTemplates).DefaultVersion!.RequiresImdsV2);
    }

    [Fact]
    public void LaunchTemplate_InstanceProfileAndTheMixedInstancesGroupThatLaunchesIt_AreMapped()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Profile:
                Type: AWS::IAM::InstanceProfile
                Properties:
                  InstanceProfileName: web-fleet
                  Roles: [web-fleet]
              Template:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    IamInstanceProfile:
                      Name: !Ref Profile
              Fleet:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties:
                  MinSize: "1"
                  MaxSize: "2"
                  AvailabilityZones: [eu-west-1a]
                  MixedInstancesPolicy:
                    LaunchTemplate:
                      LaunchTemplateSpecification:
                        LaunchTemplateId: !Ref Template
                        Version: $Latest
            """);
        var template = Assert.Single(snapshot.LaunchTemplates);
        Assert.Equal("web-fleet", template.DefaultVersion!.IamInstanceProfileName);
        var group = Assert.Single(snapshot.AutoScalingGroups);
        Assert.Equal((template.LaunchTemplateId, "$Latest"), (group.LaunchTemplateId, group.LaunchTemplateVersion));
    }

    [Fact]
    public void NetworkAclEntries_AreJoinedAfterTheImplicitDenyRules()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Acl:
                Type: AWS::EC2::NetworkAcl
                Properties:
                  VpcId: vpc-1
              Rdp:
                Type: AWS::EC2::NetworkAclEntry
                Properties:
                  NetworkAclId: !Ref Acl
                  RuleNumber: 100
                  Protocol: 6
                  RuleAction: allow
                  CidrBlock: 0.0.0.0/0
                  PortRange: {From: 3389, To: 3389}
              Association:
                Type: AWS::EC2::SubnetNetworkAclAssociation
                Properties:
                  NetworkAclId: !Ref Acl
                  SubnetId: subnet-1
            """);
        var acl = Assert.Single(snapshot.NetworkAcls);
        Assert.Equal([32767, 32767, 100], acl.Entries.Select(e => e.RuleNumber));
        Assert.True(acl.Entries[^1].CoversTcpPort(3389));
        Assert.Equal(["subnet-1"], acl.SubnetIds);
    }

    [Fact]
    public void FlowLog_OfAVpc_IsRecordedOnTheVpc()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              Logs:
                Type: AWS::EC2::FlowLog
                Properties:
                  ResourceId: !Ref Vpc
                  ResourceType: VPC
                  TrafficType: REJECT
                  LogGroupName: vpc-flow
            """);
        var flowLog = Assert.Single(Assert.Single(snapshot.Vpcs).FlowLogs);
        Assert.Equal("REJECT", flowLog.TrafficType);
        Assert.Equal("vpc-flow", flowLog.LogDestination);
    }
}
