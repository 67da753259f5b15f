using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Frameworks;

namespace Vigil.Core.Tests.Engine;

public sealed class CheckSelectionTests
{
    private static readonly ICheck[] Checks = [new VersioningCheck(), new AnythingCheck(), new HasTrailCheck()];

    private static readonly FrameworkCatalog Frameworks = new([
        new Framework { Id = "fw", Name = "Test", Version = "1", Requirements = [new FrameworkRequirement { Id = "1.1", Title = "t", Checks = ["s3-test-anything"] }] },
    ]);

    private static string[] Select(CheckSelection selection) => selection.Apply(Checks, Frameworks).Select(c => c.Metadata.Id).ToArray();

    [Fact]
    public void EmptySelection_KeepsEverything() => Assert.Equal(3, Select(new CheckSelection()).Length);

    [Fact]
    public void ByIdPattern() => Assert.Equal(["s3-test-versioning"], Select(new CheckSelection { CheckPatterns = ["*versioning"] }));

    [Fact]
    public void ByService_IsCaseInsensitive() => Assert.Equal(["cloudtrail-test-has-trail"], Select(new CheckSelection { Services = ["CloudTrail"] }));

    [Fact]
    public void ByMinimumSeverity() => Assert.DoesNotContain("s3-test-anything", Select(new CheckSelection { MinimumSeverity = Severity.Medium }));

    [Fact]
    public void ByFramework() => Assert.Equal(["s3-test-anything"], Select(new CheckSelection { Frameworks = ["fw"] }));

    [Fact]
    public void CriteriaCombineWithAnd() =>
        Assert.Empty(Select(new CheckSelection { Frameworks = ["fw"], MinimumSeverity = Severity.High }));
}
