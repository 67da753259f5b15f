using Vigil.Importers.IamAuthorizationDetails;
using Vigil.Importers.Tests.Exports;

namespace Vigil.Importers.Tests.IamAuthorizationDetails;

public sealed class IamAuthorizationDetailsFixtureTests
{
    /// <summary>The exports carry no time of their own; ages (last use, key age) are judged at this moment.</summary>
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Fixtures => ExpectedFindings.Fixtures("IamAuthorizationDetails");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_YieldsItsExpectedFindings(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "IamAuthorizationDetails", name);
        var snapshot = await new IamAuthorizationDetailsImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None);
        ExpectedFindings.AssertMatches(path, ExpectedFindings.Of(snapshot, Now));
    }
}
