using System.Collections.Concurrent;

namespace Vigil.Iam.Lint;

/// <summary>Catalog templates (ARN formats, condition key names) as wildcard patterns, converted once per process: the
/// templates come from the catalog and the global key list, a fixed set.</summary>
internal static class TemplatePatterns
{
    private static readonly ConcurrentDictionary<string, string> Patterns = new(StringComparer.Ordinal);

    public static string Of(string template) => Patterns.GetOrAdd(template, Wildcards.FromTemplate);
}
