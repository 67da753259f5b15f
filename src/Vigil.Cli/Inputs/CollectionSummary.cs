using Vigil.Core.Model;

namespace Vigil.Cli.Inputs;

/// <summary>One line on what a live collection could not read: the organization accounts whose role could not be
/// assumed, then how many other calls failed, by error code and service.</summary>
internal static class CollectionSummary
{
    public static string? Describe(IReadOnlyList<CollectionError> errors)
    {
        if (errors.Count == 0) return null;
        var unreachable = errors
            .Where(e => e is { Service: "sts", Operation: "AssumeRole" })
            .GroupBy(e => e.AccountId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.First().ErrorCode})")
            .ToList();
        var calls = errors.Where(e => e is not { Service: "sts", Operation: "AssumeRole" }).ToList();
        var parts = new List<string>();
        if (unreachable.Count > 0)
            parts.Add($"{unreachable.Count} account{(unreachable.Count == 1 ? "" : "s")} could not be read because the role could not be assumed: {string.Join(", ", unreachable)}.");
        if (calls.Count > 0)
        {
            var reasons = calls
                .GroupBy(e => e.ErrorCode, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => $"{g.Key} ×{g.Count()} ({string.Join(", ", g.Select(e => e.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
            parts.Add($"{calls.Count} call{(calls.Count == 1 ? "" : "s")} failed: {string.Join("; ", reasons)}.");
        }
        return $"{string.Join(" ", parts)} Checks that needed that data report error.";
    }
}
