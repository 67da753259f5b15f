using System.Buffers;

namespace Vigil.Iam.Catalog;

/// <summary>Case-insensitive matching of <c>*</c> (any run of characters) and <c>?</c> (one character).</summary>
public static class CatalogWildcard
{
    private static readonly SearchValues<char> _wildcards = SearchValues.Create("*?");

    public static bool HasWildcard(ReadOnlySpan<char> pattern) => pattern.IndexOfAny(_wildcards) >= 0;

    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
