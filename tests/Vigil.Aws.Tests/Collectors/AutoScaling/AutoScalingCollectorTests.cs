using Vigil.Aws.Collectors.AutoScaling;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.AutoScaling;

public sealed class AutoScalingCollectorTests
{
    [Fact]
    public async Task Collect_ReadsGroupsFieldByField_AcrossTwoPages()
    {
        using var fake = AutoScalingEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new AutoScalingCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([AutoScalingEstate.WebArn, AutoScalingEstate.LegacyArn], snapshot.AutoScalingGroups.Select(g => g.Arn));
        var web = snapshot.AutoScalingGroups[0];
        Assert.Equal(("web", FakeAws.AccountId, FakeAws.Region, "platform"), (web.Name, web.AccountId, web.Region, web.Tags["team"]));
        Assert.Equal((null, "lt-0web", "web", "$Default", true),
            (web.LaunchConfigurationName, web.LaunchTemplateId, web.LaunchTemplateName, web.LaunchTemplateVersion, web.HasMixedInstancesPolicy));
        Assert.Equal(["m7g.large", "m6g.large"], web.InstanceTypes);
        Assert.False(web.UsesAttributeBasedInstanceTypes);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], web.AvailabilityZones);
        Assert.Empty(web.LoadBalancerNames);
        Assert.Equal(["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067"], web.TargetGroupArns);
        Assert.Equal("ELB", web.HealthCheckType);
        Assert.True(web.UsesLaunchTemplate);

        var legacy = snapshot.AutoScalingGroups[1];
        Assert.Equal(("legacy-v1", false, "EC2", null), (legacy.LaunchConfigurationName, legacy.UsesLaunchTemplate, legacy.HealthCheckType, legacy.LaunchTemplateVersion));
        Assert.Equal(["legacy-clb"], legacy.LoadBalancerNames);
        Assert.Equal(["eu-west-1a"], legacy.AvailabilityZones);
        Assert.Empty(legacy.InstanceTypes);
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeAutoScalingGroups").Form["NextToken"]);
    }

    [Fact]
    public async Task Collect_ReadsLaunchConfigurationsFieldByField_AcrossTwoPages()
    {
        using var fake = AutoScalingEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new AutoScalingCollector());

        Assert.Equal([AutoScalingEstate.V1Arn, AutoScalingEstate.V2Arn], snapshot.LaunchConfigurations.Select(c => c.Arn));
        var v1 = snapshot.LaunchConfigurations[0];
        Assert.Equal(("legacy-v1", "ami-0528a5175983e7f28", "t2.micro", true, "optional", "enabled"),
            (v1.Name, v1.ImageId, v1.InstanceType, v1.AssociatePublicIpAddress, v1.MetadataHttpTokens, v1.MetadataHttpEndpoint));
        var v2 = snapshot.LaunchConfigurations[1];
        Assert.Equal((false, "required", null), (v2.AssociatePublicIpAddress, v2.MetadataHttpTokens, v2.MetadataHttpEndpoint));
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeLaunchConfigurations").Form["NextToken"]);
    }

    [Fact]
    public async Task Collect_WhenListingsAreDenied_RecordsTheErrorsAndAddsNoResources()
    {
        using var fake = AutoScalingEstate.Register(new FakeAws())
            .On("autoscaling", "DescribeAutoScalingGroups", _ => FakeAws.QueryDenied())
            .On("autoscaling", "DescribeLaunchConfigurations", _ => FakeAws.QueryDenied());

        var snapshot = await fake.CollectAsync(new AutoScalingCollector());

        Assert.Empty(snapshot.AutoScalingGroups);
        Assert.Empty(snapshot.LaunchConfigurations);
        Assert.Equal([ResourceTypes.AutoScalingGroup, ResourceTypes.LaunchConfiguration], snapshot.Errors.Select(e => e.ResourceType).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal(("AccessDenied", null), (e.ErrorCode, e.ResourceArn)));
    }

    [Fact]
    public async Task Checks_WhenGroupsCouldNotBeListed_ReportErrorNotPass()
    {
        using var fake = AutoScalingEstate.Register(new FakeAws()).On("autoscaling", "DescribeAutoScalingGroups", _ => FakeAws.QueryDenied());

        var snapshot = await fake.CollectAsync(new AutoScalingCollector());

        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Findings(snapshot, "autoscaling-group-multiple-azs")).Status);
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "autoscaling-launch-configuration-no-public-ip", AutoScalingEstate.V1Arn));
    }

    [Fact]
    public async Task Checks_OnTheCollectedEstate_JudgeGroupsAndLaunchConfigurations()
    {
        using var fake = AutoScalingEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new AutoScalingCollector());

        foreach (var check in new[] { "autoscaling-group-elb-health-check", "autoscaling-group-multiple-azs", "autoscaling-group-multiple-instance-types", "autoscaling-group-uses-launch-template" })
        {
            Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, check, AutoScalingEstate.WebArn));
            Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, check, AutoScalingEstate.LegacyArn));
        }
        foreach (var check in new[] { "autoscaling-launch-configuration-imdsv2-required", "autoscaling-launch-configuration-no-public-ip" })
        {
            Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, check, AutoScalingEstate.V1Arn));
            Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, check, AutoScalingEstate.V2Arn));
        }
    }
}
