using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Mappers;

namespace Vigil.Importers.Tests.Terraform;

public sealed class NetworkMappingTests
{
    [Fact]
    public async Task SecurityGroup_JoinsBothStylesOfRuleResources()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var group = snapshot.SecurityGroups.Single(g => g.Name == "aws_security_group.admin");
        Assert.Equal([22, 3389], group.Ingress.Select(r => r.FromPort!.Value).Order());
        Assert.All(group.Ingress, r => Assert.True(r.OpenToIpv4World));
        Assert.True(Assert.Single(group.Egress).AllProtocols);
    }

    [Fact]
    public async Task SecurityGroup_InlineRulesAreItsRules()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var rule = Assert.Single(snapshot.SecurityGroups.Single(g => g.Name == "app-web").Ingress);
        Assert.Equal("tcp", rule.Protocol);
        Assert.Equal((443, 443), (rule.FromPort, rule.ToPort));
        Assert.Equal(["0.0.0.0/0"], rule.Ipv4Ranges);
        Assert.Equal(["::/0"], rule.Ipv6Ranges);
    }

    [Fact]
    public async Task SecurityGroup_WithoutEgressRules_HasNoEgressBecauseTerraformRemovesTheDefault()
    {
        var snapshot = await InlinePlan.ImportAsync(("aws_security_group", "g", """{"name":"g","description":"d"}""",
            """{"id":true,"egress":true,"ingress":true}""", """{"name":{"constant_value":"g"}}"""));
        Assert.Empty(snapshot.SecurityGroups.Single().Egress);
    }

    [Fact]
    public async Task SecurityGroup_UsedByAPlannedResource_IsAttached()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        Assert.Equal(1, snapshot.SecurityGroups.Single(g => g.Name == "app-web").AttachmentCount);
    }

    [Fact]
    public async Task SecurityGroup_UsedByNoPlannedResource_HasAnUnknownAttachmentCount()
    {
        var snapshot = await InlinePlan.ImportAsync(("aws_security_group", "g", """{"name":"g"}""", """{"id":true}""", """{"name":{"constant_value":"g"}}"""));
        Assert.Equal(["AttachmentCount"], snapshot.SecurityGroups.Single().Unreadable);
    }

    [Fact]
    public async Task Instance_InASubnetThatMapsPublicIps_GetsAPublicIpAtLaunch()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var instance = snapshot.Ec2Instances.Single();
        Assert.Equal(Ec2InstanceMapper.AssignedAtLaunch, instance.PublicIpAddress);
        Assert.Equal("aws_subnet.public[0]", instance.SubnetId);
        Assert.Equal("aws_vpc.main", instance.VpcId);
        Assert.True(instance.MetadataOptions!.RequiresImdsV2);
    }

    [Fact]
    public async Task Instance_RootVolume_IsAnAttachedVolume()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var volume = Assert.Single(snapshot.EbsVolumes);
        Assert.True(volume.Encrypted);
        Assert.Equal(["aws_instance.bastion"], volume.AttachedInstanceIds);
    }

    [Fact]
    public async Task Volume_WithoutEncryptedArgument_HasUnknownEncryption()
    {
        var snapshot = await InlinePlan.ImportAsync(("aws_ebs_volume", "data", """{"availability_zone":"us-east-1a","size":100}""",
            """{"id":true,"encrypted":true,"kms_key_id":true}""", """{"size":{"constant_value":100}}"""));
        Assert.Equal(["Encrypted"], snapshot.EbsVolumes.Single().Unreadable);
    }

    [Fact]
    public async Task Vpc_FlowLogToAPlannedLogGroup_IsItsFlowLog()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var log = Assert.Single(snapshot.Vpcs.Single().FlowLogs);
        Assert.Equal("REJECT", log.TrafficType);
        Assert.Equal(snapshot.LogGroups.Single().Arn, log.LogDestination);
    }

    [Fact]
    public async Task NetworkAcl_InlineRulesUseProtocolNumbersAndEndWithTheImplicitDeny()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var entries = snapshot.NetworkAcls.Single().Entries;
        Assert.Contains(entries, e => e is { RuleNumber: 100, Protocol: "6", Egress: false, FromPort: 22, IsAllow: true });
        Assert.Contains(entries, e => e is { RuleNumber: 32767, Egress: true, IsAllow: false });
    }

    [Fact]
    public async Task LoadBalancer_ListenersAreJoinedByReference()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var listeners = snapshot.LoadBalancers.Single().Listeners;
        Assert.True(listeners.Single(l => l.Port == 80).RedirectsToHttps);
        Assert.Equal("ELBSecurityPolicy-TLS13-1-2-2021-06", listeners.Single(l => l.Port == 443).SslPolicy);
    }
}
