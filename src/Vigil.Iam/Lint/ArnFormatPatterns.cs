using System.Collections.Concurrent;

namespace Vigil.Iam.Lint;

/// <summary>Catalog ARN formats as wildcard patterns, converted once per process (the catalog's formats are a fixed set).</summary>
internal static class ArnFormatPatterns
{
    private static readonly ConcurrentDictionary<string, string> Patterns = new(StringComparer.Ordinal);

    public static string Of(string arnFormat) => Patterns.GetOrAdd(arnFormat, Wildcards.FromTemplate);
}
