namespace Vigil.Core.Engine;

/// <summary>Wildcard matching with '*' (any run) and '?' (any one character), case-insensitive unless asked.</summary>
public static class Glob
{
    public static bool IsMatch(string pattern, string text) => IsMatch(pattern, text, ignoreCase: true);

    public static bool IsMatch(string pattern, string text, bool ignoreCase)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t] || (ignoreCase && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    public static bool AnyMatch(IEnumerable<string> patterns, string text) => patterns.Any(p => IsMatch(p, text));
}
