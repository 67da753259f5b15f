using Vigil.Core.Findings;

namespace Vigil.Importers.Tests.Terraform;

/// <summary>Each plan fixture, imported and scanned with the whole catalog, yields exactly the non-pass findings its
/// .findings.tsv lists. VIGIL_UPDATE_FIXTURES=1 rewrites those files (review the diff).</summary>
public sealed class TerraformFixtureTests
{
    public static TheoryData<string> Fixtures() => new(PlanFixture.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_YieldsExactlyItsExpectedFindings(string name)
    {
        var snapshot = await PlanFixture.ImportAsync(name);
        var findings = PlanFixture.Scan(snapshot);
        var actual = PlanFixture.NonPassLines(findings);
        var expectedPath = Path.Combine(Testing.RepositoryRoot.Combine("tests", "Vigil.Importers.Tests", "Fixtures", "Terraform"), name.Replace(".plan.json", PlanFixture.FindingsSuffix, StringComparison.Ordinal));
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_FIXTURES") == "1")
            await File.WriteAllLinesAsync(expectedPath, ["# check id\tresource name\tstatus", .. actual]);
        var expected = (await File.ReadAllLinesAsync(expectedPath)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task EveryFixture_HasPassingFailingAndUnknownFindings()
    {
        var all = new List<Finding>();
        foreach (var name in PlanFixture.Names()) all.AddRange(PlanFixture.Scan(await PlanFixture.ImportAsync(name)));
        Assert.Contains(all, f => f.Status == FindingStatus.Pass);
        Assert.Contains(all, f => f.Status == FindingStatus.Fail);
        Assert.Contains(all, f => f.Status == FindingStatus.Error && f.Message.Contains("cannot be determined from the plan", StringComparison.Ordinal));
    }
}
