using Vigil.Aws.Collectors.LaunchTemplates;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Tests.Collectors.LaunchTemplates;

public sealed class LaunchTemplateCollectorTests
{
    [Fact]
    public async Task Collect_ReadsTemplatesAndTheirDefaultVersionsFieldByField_AcrossTwoPages()
    {
        using var fake = LaunchTemplateEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new LaunchTemplateCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([LaunchTemplateEstate.WebArn, LaunchTemplateEstate.BastionArn], snapshot.LaunchTemplates.Select(t => t.Arn));
        var web = snapshot.LaunchTemplates[0];
        Assert.Equal(("web", "lt-0web", FakeAws.AccountId, FakeAws.Region, 3L, 4L),
            (web.Name, web.LaunchTemplateId, web.AccountId, web.Region, web.DefaultVersionNumber, web.LatestVersionNumber));
        Assert.Equal("platform", web.Tags["team"]);
        var webData = web.DefaultVersion!;
        Assert.Equal((3L, "required", "enabled"), (webData.VersionNumber, webData.MetadataHttpTokens, webData.MetadataHttpEndpoint));
        Assert.Equal(("arn:aws:iam::123456789012:instance-profile/web/web-profile", null), (webData.IamInstanceProfileArn, webData.IamInstanceProfileName));
        Assert.Equal([new LaunchTemplateNetworkInterface { DeviceIndex = 0, SubnetId = "subnet-0private", AssociatePublicIpAddress = false }], webData.NetworkInterfaces);

        Assert.Equal([new LaunchTemplateEbsVolume { DeviceName = "/dev/xvda", Encrypted = true, KmsKeyId = "arn:aws:kms:eu-west-1:123456789012:key/ebs" }], webData.EbsVolumes);

        var bastion = snapshot.LaunchTemplates[1].DefaultVersion!;
        Assert.Empty(bastion.EbsVolumes);
        Assert.Equal(("optional", null), (bastion.MetadataHttpTokens, bastion.MetadataHttpEndpoint));
        Assert.Equal((null, "bastion-profile"), (bastion.IamInstanceProfileArn, bastion.IamInstanceProfileName));
        Assert.True(Assert.Single(bastion.NetworkInterfaces).AssociatePublicIpAddress);
        Assert.Empty(snapshot.LaunchTemplates[1].Unreadable);

        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeLaunchTemplates").Form["NextToken"]);
        var versions = fake.Requests.Where(r => r.Operation == "DescribeLaunchTemplateVersions").ToList();
        Assert.Equal(2, versions.Count);
        Assert.All(versions, r => Assert.Equal("$Default", r.Form["LaunchTemplateVersion.1"]));
        Assert.All(versions, r => Assert.False(r.Form.ContainsKey("LaunchTemplateId")));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = LaunchTemplateEstate.Register(new FakeAws()).On("ec2", "DescribeLaunchTemplates", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new LaunchTemplateCollector());

        Assert.Empty(snapshot.LaunchTemplates);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.LaunchTemplate, "DescribeLaunchTemplates", "UnauthorizedOperation", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenVersionsAreDenied_KeepsTemplatesWithAnUnreadableDefaultVersion()
    {
        using var fake = LaunchTemplateEstate.Register(new FakeAws()).On("ec2", "DescribeLaunchTemplateVersions", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new LaunchTemplateCollector());

        Assert.Equal(2, snapshot.LaunchTemplates.Count);
        Assert.All(snapshot.LaunchTemplates, t => Assert.Equal([nameof(LaunchTemplate.DefaultVersion)], t.Unreadable));
        Assert.All(snapshot.LaunchTemplates, t => Assert.Null(t.DefaultVersion));
        Assert.Equal([LaunchTemplateEstate.WebArn, LaunchTemplateEstate.BastionArn], snapshot.Errors.Select(e => e.ResourceArn));
        Assert.All(snapshot.Errors, e => Assert.Equal(("DescribeLaunchTemplateVersions", nameof(LaunchTemplate.DefaultVersion)), (e.Operation, e.Property)));
    }

    [Fact]
    public async Task Checks_OnUnreadableVersions_ReportErrorNotPass()
    {
        using var fake = LaunchTemplateEstate.Register(new FakeAws()).On("ec2", "DescribeLaunchTemplateVersions", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new LaunchTemplateCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-launch-template-no-public-ip", LaunchTemplateEstate.WebArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-launch-template-imdsv2-required", LaunchTemplateEstate.WebArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_JudgeTheDefaultVersions()
    {
        using var fake = LaunchTemplateEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new LaunchTemplateCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-launch-template-no-public-ip", LaunchTemplateEstate.WebArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-launch-template-no-public-ip", LaunchTemplateEstate.BastionArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-launch-template-imdsv2-required", LaunchTemplateEstate.WebArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-launch-template-imdsv2-required", LaunchTemplateEstate.BastionArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-launch-template-ebs-encrypted", LaunchTemplateEstate.WebArn));
        // The bastion maps no volume, so EBS encryption by default decides, and this collector alone did not read it.
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-launch-template-ebs-encrypted", LaunchTemplateEstate.BastionArn));
    }
}
