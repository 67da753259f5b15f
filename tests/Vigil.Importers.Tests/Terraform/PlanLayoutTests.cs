using Vigil.Core.Model;

namespace Vigil.Importers.Tests.Terraform;

/// <summary>What of the plan's layout reaches the snapshot: addresses with module paths and instance keys, deletions,
/// provider regions.</summary>
public sealed class PlanLayoutTests
{
    [Fact]
    public async Task Import_ResourcesInForEachModules_AreLocatedByTheirFullAddressWithoutALine()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "acme-prod-logs");
        Assert.Equal(new SourceLocation(PlanFixture.PathOf("storage-modules.plan.json"), null, "module.storage[\"logs\"].aws_s3_bucket.this"), bucket.Location);
    }

    [Fact]
    public async Task Import_CountedResources_CarryTheirIndexInTheAddress()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        Assert.Equal("aws_s3_bucket.access_logs[0]", snapshot.S3Buckets.Single(b => b.Name == "acme-prod-access-logs").Location!.Address);
    }

    [Fact]
    public async Task Import_ResourcesBeingDeleted_AreLeftOut()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        Assert.DoesNotContain(snapshot.S3Buckets, b => b.Name == "acme-legacy-logs");
        Assert.Equal(3, snapshot.S3Buckets.Count);
    }

    [Fact]
    public async Task Import_ResourcesTakeTheRegionOfTheirProviderConfiguration()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.All(snapshot.S3Buckets, b => Assert.Equal("eu-west-1", b.Region));
        Assert.Equal(["eu-west-1"], snapshot.Regions);
    }

    [Fact]
    public async Task Import_ResourcesGetTheAccountOfTheOptions()
    {
        var snapshot = await PlanFixture.ImportAsync("iam.plan.json", new ImportOptions { AccountId = "111122223333" });
        Assert.Equal("arn:aws:iam::111122223333:role/github-ci", snapshot.IamRoles.Single(r => r.Name == "github-ci").Arn);
    }

    [Fact]
    public async Task Import_ResourcesWithoutAPhysicalName_AreNamedByTheirAddress()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        var group = snapshot.SecurityGroups.Single(g => g.Location!.Address == "aws_security_group.admin");
        Assert.Equal("aws_security_group.admin", group.Name);
        Assert.Equal("aws_security_group.admin", group.GroupId);
    }

    [Fact]
    public async Task Import_DataSources_AreNotResources()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        Assert.DoesNotContain(snapshot.AllResources(), r => r.Location?.Address?.Contains("data.", StringComparison.Ordinal) == true);
    }
}
