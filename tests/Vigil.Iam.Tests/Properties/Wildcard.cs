using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// The test's own reading of * and ? in action names and resource ARNs, independent of the engine's matcher. Valid for
/// <see cref="Vocabulary"/>, whose patterns never depend on whether a * may cross a colon.
/// </summary>
internal static class Wildcard
{
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Compiled = new();

    public static bool MatchesAction(string pattern, string action) => Regex(pattern, RegexOptions.IgnoreCase).IsMatch(action);

    public static bool MatchesResource(string pattern, string resource) => Regex(pattern, RegexOptions.None).IsMatch(resource);

    private static Regex Regex(string pattern, RegexOptions options) => Compiled.GetOrAdd((pattern, options), key => new Regex(
        "^" + System.Text.RegularExpressions.Regex.Escape(key.Pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
        key.Options | RegexOptions.CultureInvariant));
}
