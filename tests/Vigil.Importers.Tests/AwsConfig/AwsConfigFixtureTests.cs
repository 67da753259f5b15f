using Vigil.Importers.AwsConfig;
using Vigil.Importers.Tests.Exports;

namespace Vigil.Importers.Tests.AwsConfig;

public sealed class AwsConfigFixtureTests
{
    public static TheoryData<string> Fixtures => ExpectedFindings.Fixtures("AwsConfig");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_YieldsItsExpectedFindings(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "AwsConfig", name);
        var snapshot = await new AwsConfigImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None);
        ExpectedFindings.AssertMatches(path, ExpectedFindings.Of(snapshot, snapshot.CollectedAt!.Value));
    }
}
