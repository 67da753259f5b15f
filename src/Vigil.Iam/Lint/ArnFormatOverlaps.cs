using System.Collections.Concurrent;

namespace Vigil.Iam.Lint;

/// <summary>Whether a Resource pattern overlaps a catalog ARN format, worked out once per pair for the process; the
/// memo stops growing at a bound, since resources come from policy text.</summary>
internal static class ArnFormatOverlaps
{
    private const int Bound = 200_000;

    private static readonly ConcurrentDictionary<(string Resource, string Format), bool> Known = new();

    public static bool Overlap(string resource, string arnFormat)
    {
        var key = (resource, arnFormat);
        if (Known.TryGetValue(key, out var overlap)) return overlap;
        overlap = Wildcards.Overlap(resource, TemplatePatterns.Of(arnFormat));
        if (Known.Count < Bound) Known.TryAdd(key, overlap);
        return overlap;
    }
}
