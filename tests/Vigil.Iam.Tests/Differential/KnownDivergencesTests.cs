using System.Text.RegularExpressions;
using Vigil.Testing;

namespace Vigil.Iam.Tests.Differential;

public sealed partial class KnownDivergencesTests
{
    [Fact]
    public void EveryDivergenceId_IsDocumented_AndEveryDocumentedIdExists()
    {
        var document = File.ReadAllText(RepositoryRoot.Combine("docs", "iam-divergences.md"));
        var section = document[document.IndexOf("## Divergence ids", StringComparison.Ordinal)..];
        var documented = IdRow().Matches(section).Select(m => m.Groups[1].Value).ToList();
        var known = KnownDivergences.All.Select(d => d.Id).ToList();

        Assert.Equal(known.Count, known.Distinct().Count());
        Assert.Equal(known.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex IdRow();
}
