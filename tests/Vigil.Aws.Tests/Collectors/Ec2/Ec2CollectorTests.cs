using Vigil.Aws.Collectors.Ec2;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Tests.Collectors.Ec2;

public sealed class Ec2CollectorTests
{
    private const string Arn = "arn:aws:ec2:eu-west-1:123456789012";

    [Fact]
    public async Task Collect_ReadsInstancesFieldByField_AcrossTwoPages()
    {
        using var fake = Ec2Estate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["i-1234567890abcdef0", "i-0stopped"], snapshot.Ec2Instances.Select(i => i.InstanceId));
        var web = snapshot.Ec2Instances[0];
        Assert.Equal($"{Arn}:instance/i-1234567890abcdef0", web.Arn);
        Assert.Equal("web-1", web.Name);
        Assert.Equal(FakeAws.AccountId, web.AccountId);
        Assert.Equal(FakeAws.Region, web.Region);
        Assert.Equal("shop", web.Tags["team"]);
        Assert.Equal("t3.micro", web.InstanceType);
        Assert.Equal("running", web.State);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), web.LaunchTime);
        Assert.Null(web.StateTransitionTime);
        Assert.Equal("ami-0abcdef1234567890", web.ImageId);
        Assert.Equal("vpc-0a1b2c3d", web.VpcId);
        Assert.Equal("subnet-0public", web.SubnetId);
        Assert.Equal("54.194.252.215", web.PublicIpAddress);
        Assert.Equal("10.0.1.10", web.PrivateIpAddress);
        Assert.Equal("arn:aws:iam::123456789012:instance-profile/web", web.IamInstanceProfileArn);
        Assert.Equal(["sg-0ssh"], web.SecurityGroupIds);
        Assert.Equal(new InstanceMetadataOptions { HttpTokens = "optional", HttpEndpoint = "enabled", HttpPutResponseHopLimit = 1 }, web.MetadataOptions);
        Assert.Equal(1, web.NetworkInterfaceCount);
        Assert.Equal("hvm", web.VirtualizationType);
        Assert.Equal(["vol-0enc"], web.VolumeIds);

        var stopped = snapshot.Ec2Instances[1];
        Assert.Equal("i-0stopped", stopped.Name);
        Assert.Equal("stopped", stopped.State);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 10, 11, 12, TimeSpan.Zero), stopped.StateTransitionTime);
        Assert.Null(stopped.PublicIpAddress);
        Assert.Null(stopped.IamInstanceProfileArn);
        Assert.True(stopped.MetadataOptions!.RequiresImdsV2);
        Assert.Equal(2, stopped.NetworkInterfaceCount);
        Assert.Equal("paravirtual", stopped.VirtualizationType);

        var instanceCalls = fake.Requests.Where(r => r.Operation == "DescribeInstances").ToList();
        Assert.Equal(2, instanceCalls.Count);
        Assert.False(instanceCalls[0].Form.ContainsKey("NextToken"));
        Assert.Equal("page-2", instanceCalls[1].Form["NextToken"]);
    }

    [Fact]
    public async Task Collect_ReadsSecurityGroupRulesAndAttachments()
    {
        using var fake = Ec2Estate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        var ssh = snapshot.SecurityGroups.Single(g => g.GroupId == "sg-0ssh");
        Assert.Equal($"{Arn}:security-group/sg-0ssh", ssh.Arn);
        Assert.Equal("ssh-open", ssh.Name);
        Assert.Equal("SSH from anywhere", ssh.Description);
        Assert.Equal("vpc-0a1b2c3d", ssh.VpcId);
        Assert.Equal("shop", ssh.Tags["team"]);
        Assert.Equal(1, ssh.AttachmentCount);
        var ingress = Assert.Single(ssh.Ingress);
        Assert.Equal("tcp", ingress.Protocol);
        Assert.Equal(22, ingress.FromPort);
        Assert.Equal(22, ingress.ToPort);
        Assert.Equal(["0.0.0.0/0"], ingress.Ipv4Ranges);
        Assert.Equal(["::/0"], ingress.Ipv6Ranges);
        Assert.Equal(["sg-0bastion"], ingress.ReferencedGroupIds);
        Assert.Equal(["pl-12345678"], ingress.PrefixListIds);
        var egress = Assert.Single(ssh.Egress);
        Assert.True(egress.AllProtocols);
        Assert.Null(egress.FromPort);

        var fallback = snapshot.SecurityGroups.Single(g => g.GroupId == "sg-0default");
        Assert.True(fallback.IsDefault);
        Assert.Empty(fallback.Ingress);
        Assert.Equal(0, fallback.AttachmentCount);
    }

    [Fact]
    public async Task Collect_ReadsNetworkAclsVpcsAndSubnets()
    {
        using var fake = Ec2Estate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        var acl = Assert.Single(snapshot.NetworkAcls);
        Assert.Equal($"{Arn}:network-acl/acl-5fb85d36", acl.Arn);
        Assert.True(acl.IsDefault);
        Assert.Equal("vpc-0a1b2c3d", acl.VpcId);
        Assert.Equal(["subnet-0public"], acl.SubnetIds);
        Assert.Equal(new NetworkAclEntry { RuleNumber = 100, Protocol = "6", RuleAction = "allow", CidrBlock = "0.0.0.0/0", FromPort = 22, ToPort = 22 }, acl.Entries[0]);
        Assert.Equal(new NetworkAclEntry { RuleNumber = 32767, Protocol = "-1", RuleAction = "deny", Egress = true, Ipv6CidrBlock = "::/0" }, acl.Entries[1]);

        var vpc = snapshot.Vpcs.Single(v => v.VpcId == "vpc-0a1b2c3d");
        Assert.Equal($"{Arn}:vpc/vpc-0a1b2c3d", vpc.Arn);
        Assert.Equal("shop", vpc.Name);
        Assert.Equal("10.0.0.0/16", vpc.CidrBlock);
        Assert.False(vpc.IsDefault);
        Assert.Equal(new FlowLog { FlowLogId = "fl-1a2b3c4d", TrafficType = "REJECT", Status = "ACTIVE", LogDestination = "vpc-flow-logs" }, Assert.Single(vpc.FlowLogs));
        Assert.Equal(["com.amazonaws.eu-west-1.ssm"], vpc.EndpointServiceNames);
        var defaultVpc = snapshot.Vpcs.Single(v => v.VpcId == "vpc-0default");
        Assert.True(defaultVpc.IsDefault);
        Assert.Empty(defaultVpc.FlowLogs);
        Assert.Empty(defaultVpc.EndpointServiceNames);

        var publicSubnet = snapshot.Subnets.Single(s => s.SubnetId == "subnet-0public");
        Assert.Equal($"{Arn}:subnet/subnet-0public", publicSubnet.Arn);
        Assert.Equal("public-a", publicSubnet.Name);
        Assert.Equal("vpc-0a1b2c3d", publicSubnet.VpcId);
        Assert.Equal("10.0.1.0/24", publicSubnet.CidrBlock);
        Assert.Equal("eu-west-1a", publicSubnet.AvailabilityZone);
        Assert.True(publicSubnet.MapPublicIpOnLaunch);
        Assert.False(publicSubnet.DefaultForAz);
        Assert.True(publicSubnet.HasInternetGatewayRoute);
        var privateSubnet = snapshot.Subnets.Single(s => s.SubnetId == "subnet-0private");
        Assert.False(privateSubnet.MapPublicIpOnLaunch);
        Assert.False(privateSubnet.HasInternetGatewayRoute);
    }

    [Fact]
    public async Task Collect_ReadsVolumesSnapshotsImagesAddressesAndSettings()
    {
        using var fake = Ec2Estate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        var encrypted = snapshot.EbsVolumes.Single(v => v.VolumeId == "vol-0enc");
        Assert.Equal($"{Arn}:volume/vol-0enc", encrypted.Arn);
        Assert.True(encrypted.Encrypted);
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", encrypted.KmsKeyId);
        Assert.Equal("in-use", encrypted.State);
        Assert.Equal(8, encrypted.SizeGiB);
        Assert.Equal("gp3", encrypted.VolumeType);
        Assert.Equal(["i-1234567890abcdef0"], encrypted.AttachedInstanceIds);
        Assert.True(encrypted.DeleteOnTermination);
        var loose = snapshot.EbsVolumes.Single(v => v.VolumeId == "vol-0loose");
        Assert.False(loose.Encrypted);
        Assert.Equal("available", loose.State);
        Assert.False(loose.IsAttached);

        var ebsSnapshot = Assert.Single(snapshot.EbsSnapshots);
        Assert.Equal("arn:aws:ec2:eu-west-1::snapshot/snap-0public", ebsSnapshot.Arn);
        Assert.Equal("seed", ebsSnapshot.Name);
        Assert.Equal("vol-0loose", ebsSnapshot.VolumeId);
        Assert.False(ebsSnapshot.Encrypted);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero), ebsSnapshot.StartTime);
        Assert.True(ebsSnapshot.Public);
        Assert.Equal(["210987654321"], ebsSnapshot.SharedWithAccounts);
        var snapshotListing = fake.Requests.Single(r => r.Operation == "DescribeSnapshots");
        Assert.Equal("self", snapshotListing.Form["Owner.1"]);

        var image = Assert.Single(snapshot.Amis);
        Assert.Equal("arn:aws:ec2:eu-west-1::image/ami-0abcdef1234567890", image.Arn);
        Assert.Equal("golden-2024-03", image.Name);
        Assert.False(image.Public);
        Assert.Equal(["210987654321"], image.SharedWithAccounts);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), image.CreationDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), image.DeprecationTime);
        Assert.True(image.EncryptedSnapshots);

        var associated = snapshot.ElasticIps.Single(a => a.AllocationId == "eipalloc-08229861");
        Assert.Equal($"{Arn}:elastic-ip/eipalloc-08229861", associated.Arn);
        Assert.Equal("203.0.113.41", associated.PublicIp);
        Assert.Equal("eipassoc-f0229899", associated.AssociationId);
        Assert.Equal("i-1234567890abcdef0", associated.InstanceId);
        Assert.False(snapshot.ElasticIps.Single(a => a.AllocationId == "eipalloc-0idle").IsAssociated);

        var settings = Assert.Single(snapshot.AccountRegions);
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:account-settings", settings.Arn);
        Assert.False(settings.EbsEncryptionByDefault);
        Assert.True(settings.SnapshotBlockPublicAccess);
        Assert.False(settings.ImageBlockPublicAccess);
        Assert.Empty(settings.Unreadable);
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = Ec2Estate.Register(new FakeAws()).On("ec2", "DescribeInstances", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        Assert.Empty(snapshot.Ec2Instances);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(ResourceTypes.Ec2Instance, error.ResourceType);
        Assert.Equal("DescribeInstances", error.Operation);
        Assert.Equal("UnauthorizedOperation", error.ErrorCode);
        Assert.Equal(FakeAws.Region, error.Region);
        Assert.Null(error.ResourceArn);
        Assert.NotEmpty(snapshot.SecurityGroups);
    }

    [Fact]
    public async Task Collect_WhenSnapshotAttributeIsDenied_KeepsTheSnapshotWithPublicUnreadable()
    {
        using var fake = Ec2Estate.Register(new FakeAws()).On("ec2", "DescribeSnapshotAttribute", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        var ebsSnapshot = Assert.Single(snapshot.EbsSnapshots);
        Assert.Equal(["Public", "SharedWithAccounts"], ebsSnapshot.Unreadable);
        Assert.Equal(["Public", "SharedWithAccounts"], snapshot.Errors.Select(e => e.Property));
        Assert.All(snapshot.Errors, e => Assert.Equal((ebsSnapshot.Arn, "DescribeSnapshotAttribute", "UnauthorizedOperation"), (e.ResourceArn, e.Operation, e.ErrorCode)));
    }

    [Fact]
    public async Task Collect_WhenRegionalDetailsAreDenied_MarksEachAffectedResource()
    {
        using var fake = Ec2Estate.Register(new FakeAws())
            .On("ec2", "DescribeNetworkInterfaces", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeFlowLogs", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeRouteTables", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeImageAttribute", _ => FakeAws.Ec2Denied())
            .On("ec2", "GetEbsEncryptionByDefault", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        Assert.All(snapshot.SecurityGroups, g => Assert.Null(g.AttachmentCount));
        Assert.All(snapshot.SecurityGroups, g => Assert.Equal(["AttachmentCount"], g.Unreadable));
        Assert.All(snapshot.Vpcs, v => Assert.Equal(["FlowLogs"], v.Unreadable));
        Assert.All(snapshot.Subnets, s => Assert.Null(s.HasInternetGatewayRoute));
        Assert.All(snapshot.Subnets, s => Assert.Equal(["HasInternetGatewayRoute"], s.Unreadable));
        Assert.Equal(["SharedWithAccounts"], Assert.Single(snapshot.Amis).Unreadable);
        var settings = Assert.Single(snapshot.AccountRegions);
        Assert.Null(settings.EbsEncryptionByDefault);
        Assert.Equal(["EbsEncryptionByDefault"], settings.Unreadable);
        Assert.True(settings.SnapshotBlockPublicAccess);
        Assert.Equal(2 + 2 + 2 + 1 + 1, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.NotNull(e.ResourceArn));
    }

    [Fact]
    public async Task Checks_OnAnUnreadableSnapshotPermission_ReportErrorNotPass()
    {
        using var fake = Ec2Estate.Register(new FakeAws())
            .On("ec2", "DescribeSnapshotAttribute", _ => FakeAws.Ec2Denied())
            .On("ec2", "GetEbsEncryptionByDefault", _ => FakeAws.Ec2Denied())
            .On("ec2", "DescribeFlowLogs", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-ebs-snapshot-not-public", "arn:aws:ec2:eu-west-1::snapshot/snap-0public"));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-ebs-default-encryption-enabled", "arn:aws:ec2:eu-west-1:123456789012:ebs-encryption-by-default"));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ec2-vpc-flow-logs-enabled", $"{Arn}:vpc/vpc-0default"));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindItsWeaknesses()
    {
        using var fake = Ec2Estate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Ec2Collector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-ebs-snapshot-not-public", "arn:aws:ec2:eu-west-1::snapshot/snap-0public"));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-instance-imdsv2-required", $"{Arn}:instance/i-1234567890abcdef0"));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ec2-instance-imdsv2-required", $"{Arn}:instance/i-0stopped"));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ec2-subnet-no-auto-public-ip", $"{Arn}:subnet/subnet-0public"));
    }
}
