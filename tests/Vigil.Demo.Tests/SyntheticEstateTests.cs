using Vigil.Estates;

namespace Vigil.Demo.Tests;

public sealed class SyntheticEstateTests
{
    [Fact]
    public void Generate_ClonesTheDemoUnderNewAccountsWithUniqueArns()
    {
        var demoSize = DemoScan.Snapshot.AllResources().Count();
        var estate = SyntheticEstate.Generate(2 * demoSize + 1);

        Assert.Equal(6, estate.Accounts.Count);
        Assert.Equal(6, estate.Accounts.Select(a => a.AccountId).Distinct().Count());
        var resources = estate.AllResources().ToList();
        var organizationPolicies = DemoScan.Snapshot.OrganizationPolicies.Count;
        Assert.Equal(3 * demoSize - 2 * organizationPolicies, resources.Count);
        Assert.Equal(organizationPolicies, estate.OrganizationPolicies.Count);
        var duplicates = resources.Where(r => r is not Core.Model.Account.AccountRegion)
            .GroupBy(r => r.Arn).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ARNs: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Generate_KeepsEveryCloneInsideItsOwnAccount()
    {
        var estate = SyntheticEstate.Generate(DemoScan.Snapshot.AllResources().Count() * 2);
        var accounts = estate.Accounts.Select(a => a.AccountId).ToHashSet();
        var inAccounts = estate.AllResources().Where(r => r is not Core.Model.Organizations.OrganizationPolicy).ToList();
        Assert.All(inAccounts, r => Assert.Contains(r.AccountId, accounts));
        Assert.All(inAccounts.Where(r => r.Arn.Split(':')[4].Length == 12), r => Assert.Equal(r.AccountId, r.Arn.Split(':')[4]));
        Assert.All(estate.Accounts, a => Assert.Contains(estate.OrganizationPolicies, p => p.Targets.Contains(a.AccountId)));
    }

    [Fact]
    public void Generate_RenamesBucketsInsideTheirPolicies()
    {
        var estate = SyntheticEstate.Generate(DemoScan.Snapshot.AllResources().Count() * 2);
        var clones = estate.S3Buckets.Where(b => b.Policy is not null && b.Name.EndsWith("-c1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(clones);
        Assert.All(clones, b => Assert.Contains($"\"{b.Arn}", b.Policy!, StringComparison.Ordinal));
    }
}
