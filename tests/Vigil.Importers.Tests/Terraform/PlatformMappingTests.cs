namespace Vigil.Importers.Tests.Terraform;

public sealed class PlatformMappingTests
{
    [Fact]
    public async Task LaunchTemplate_TriStateStringsAreBooleans()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var version = snapshot.LaunchTemplates.Single().DefaultVersion!;
        Assert.True(Assert.Single(version.NetworkInterfaces).AssociatePublicIpAddress);
        Assert.True(Assert.Single(version.EbsVolumes).Encrypted);
        Assert.Null(version.MetadataHttpTokens);
        Assert.Equal((null, "catalog-worker"), (version.IamInstanceProfileArn, version.IamInstanceProfileName));
    }

    [Fact]
    public async Task AutoScalingGroup_LaunchTemplateByReference_IsThePlannedTemplate()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var group = snapshot.AutoScalingGroups.Single();
        Assert.Equal(snapshot.LaunchTemplates.Single().LaunchTemplateId, group.LaunchTemplateId);
        Assert.Equal("$Latest", group.LaunchTemplateVersion);
        Assert.Equal(2, group.AvailabilityZones.Count);
    }

    [Fact]
    public async Task CloudFrontOriginOnAPlannedBucket_IsThatBucketsS3Origin()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var distribution = snapshot.CloudFrontDistributions.Single();
        var origin = Assert.Single(distribution.Origins);
        Assert.Equal("catalog-static-assets", origin.BucketName);
        Assert.NotNull(origin.OriginAccessControlId);
        Assert.Equal([], distribution.MissingOriginBuckets);
        Assert.Null(distribution.Region);
    }

    [Fact]
    public async Task BackupPlan_RuleTargetsThePlannedVaultAndSelectionIsJoined()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var plan = snapshot.BackupPlans.Single();
        Assert.Equal("catalog-backups", Assert.Single(plan.Rules).TargetVaultName);
        Assert.Equal(35, plan.Rules[0].DeleteAfterDays);
        Assert.Equal("Service", Assert.Single(Assert.Single(plan.Selections).ListOfTags).TagKey);
    }

    [Fact]
    public async Task FileSystem_ForEachMountTargetsAndBackupPolicyAreJoined()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var fileSystem = snapshot.EfsFileSystems.Single();
        Assert.Equal(2, fileSystem.MountTargets.Count);
        Assert.Equal("ENABLED", fileSystem.BackupPolicyStatus);
        Assert.True(fileSystem.Encrypted);
    }

    [Fact]
    public async Task Secret_RotationResourceTurnsRotationOn()
    {
        var snapshot = await PlanFixture.ImportAsync("platform.plan.json");
        var secret = snapshot.Secrets.Single();
        Assert.True(secret.RotationEnabled);
        Assert.Equal(30, secret.RotationIntervalDays);
    }
}
