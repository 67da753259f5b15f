using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Serialization;

namespace Vigil.Checks.Tests;

public sealed class CheckFixtureTests
{
    private static readonly DateTimeOffset FixtureClock = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in CheckFixture.All()) data.Add(fixture.RelativePath);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_YieldsTheOutcomeItsNameStates(string relativePath)
    {
        var fixture = new CheckFixture(relativePath);
        Assert.True(fixture.ExpectsPass || fixture.ExpectsFail || fixture.ExpectsError,
            $"{relativePath}: name must be CHECK-ID.(pass|fail|error)[.N].json");
        var check = BuiltInChecks.Catalog.Find(fixture.CheckId);
        Assert.True(check is not null, $"{relativePath}: no check with id {fixture.CheckId}");

        var snapshot = await SnapshotFile.LoadAsync(fixture.FullPath, CancellationToken.None);
        var context = new CheckContext(snapshot, snapshot.CollectedAt ?? FixtureClock, fixture.Settings);
        var findings = ScanEngine.Evaluate(snapshot, [check], context, CancellationToken.None);

        Assert.NotEmpty(findings);
        var described = string.Join("; ", findings.Select(f => $"{Vocabulary.Text(f.Status)} {f.ResourceRef.Arn}: {f.Message}"));
        if (fixture.ExpectsPass)
            Assert.True(findings.All(f => f.Status == FindingStatus.Pass), $"{relativePath} expected only passes: {described}");
        else if (fixture.ExpectsFail)
            Assert.True(findings.Any(f => f.Status == FindingStatus.Fail), $"{relativePath} expected a failure: {described}");
        else
            Assert.True(findings.Any(f => f.Status == FindingStatus.Error) && findings.All(f => f.Status != FindingStatus.Pass),
                $"{relativePath} expected an error and no pass: {described}");
    }

    [Fact]
    public void EveryCheck_HasAPassingAndAFailingFixture()
    {
        var fixtures = CheckFixture.All().ToList();
        var missing = BuiltInChecks.Catalog.Checks
            .Select(c => c.Metadata.Id)
            .Where(id => !fixtures.Any(f => f.CheckId == id && f.ExpectsPass) || !fixtures.Any(f => f.CheckId == id && f.ExpectsFail))
            .ToList();
        Assert.True(missing.Count == 0, "Checks without both fixtures: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySettingsFile_BelongsToAFixture()
    {
        var orphans = Directory.EnumerateFiles(CheckFixture.Root, "*" + CheckFixture.SettingsSuffix, SearchOption.AllDirectories)
            .Where(path => !File.Exists(path[..^CheckFixture.SettingsSuffix.Length] + ".json"))
            .Select(path => Path.GetRelativePath(CheckFixture.Root, path))
            .ToList();
        Assert.True(orphans.Count == 0, "Settings files without a fixture: " + string.Join(", ", orphans));
    }
}
