using Vigil.Core.Frameworks;
using Vigil.Testing;

namespace Vigil.Core.Tests.Frameworks;

/// <summary>The mapping files in data/frameworks/mappings, read as written (the catalog merges duplicates silently).</summary>
public sealed class MappingFileTests
{
    private static IEnumerable<FrameworkMapping> AllRows() =>
        Directory.GetFiles(RepositoryRoot.Combine("data", "frameworks", "mappings"), "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                using var reader = new StreamReader(path);
                return FrameworkMappings.Parse(reader, Path.GetFileName(path)).ToList();
            });

    [Fact]
    public void MappingFiles_HaveNoDuplicateRows()
    {
        var duplicates = AllRows().GroupBy(m => (m.CheckId, m.FrameworkId, m.RequirementId))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", g.Select(m => $"{m.Source}:{m.Line}")) + $" ({g.Key.CheckId} {g.Key.FrameworkId} {g.Key.RequirementId})")
            .ToList();
        Assert.True(duplicates.Count == 0, "Duplicate mapping rows: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void MappingFiles_KeepEachChecksRowsTogetherInOneFile()
    {
        var runs = new List<(string Check, string Source)>();
        foreach (var row in AllRows())
        {
            if (runs.Count == 0 || runs[^1] != (row.CheckId, row.Source)) runs.Add((row.CheckId, row.Source));
        }
        var scattered = runs.GroupBy(r => r.Check).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(scattered.Count == 0, "Checks whose mapping rows are split up: " + string.Join(", ", scattered));
    }
}
