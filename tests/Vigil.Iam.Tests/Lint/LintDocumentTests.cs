using Vigil.Iam.Lint;
using Vigil.Testing;

namespace Vigil.Iam.Tests.Lint;

public sealed class LintDocumentTests
{
    [Fact]
    public void Documentation_ListsEveryFindingType_WithItsSeverity()
    {
        var rows = File.ReadAllLines(RepositoryRoot.Combine("docs", "iam-lint.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        foreach (var rule in LintRules.All)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith($"| `{rule.Code}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/iam-lint.md has no row for {rule.Code}");
            var severity = rule.Severity switch
            {
                LintSeverity.Error => "error",
                LintSeverity.SecurityWarning => "security warning",
                LintSeverity.Warning => "warning",
                _ => "suggestion",
            };
            Assert.Contains($"| {severity} |", row, StringComparison.Ordinal);
        }
    }
}
