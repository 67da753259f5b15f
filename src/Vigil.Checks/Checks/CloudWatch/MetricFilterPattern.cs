using System.Text;

namespace Vigil.Checks.Checks.CloudWatch;

/// <summary>Compares CloudWatch Logs filter patterns by their terms, not their bytes: whitespace and quotes are
/// ignored, and a pattern covers a term when the term occurs in it as a whole comparison.</summary>
internal static class MetricFilterPattern
{
    /// <summary>Whether a pattern and terms, both already <see cref="Normalise"/>d, contain every term.</summary>
    public static bool Covers(string normalisedPattern, IReadOnlyList<string> normalisedTerms)
    {
        foreach (var term in normalisedTerms)
        {
            if (!ContainsTerm(normalisedPattern, term)) return false;
        }

        return true;
    }

    /// <summary>Drops whitespace and quotes and writes == as =, so that ($.eventName = "CreateTrail") and
    /// ($.eventName=CreateTrail) compare equal.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '\'') continue;
            builder.Append(c);
        }
        return builder.ToString().Replace("==", "=", StringComparison.Ordinal);
    }

    private static bool ContainsTerm(string pattern, string term)
    {
        if (term.Length == 0) return true;
        for (var at = pattern.IndexOf(term, StringComparison.Ordinal); at >= 0; at = pattern.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at == 0 || !IsWordChar(pattern[at - 1])) && (end == pattern.Length || !IsWordChar(pattern[end]))) return true;
        }
        return false;
    }

    /// <summary>Characters that continue a field name or value: CreatePolicy must not match inside CreatePolicyVersion.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '-' or '$';
}
