using Vigil.Core.Model;

namespace Vigil.Cli.Inputs;

/// <summary>One line on what a live collection could not read: how many calls failed, by error code and service.</summary>
internal static class CollectionSummary
{
    public static string? Describe(IReadOnlyList<CollectionError> errors)
    {
        if (errors.Count == 0) return null;
        var reasons = errors
            .GroupBy(e => e.ErrorCode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} ×{g.Count()} ({string.Join(", ", g.Select(e => e.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
        return $"{errors.Count} call{(errors.Count == 1 ? "" : "s")} failed: {string.Join("; ", reasons)}. Checks that needed that data report error.";
    }
}
