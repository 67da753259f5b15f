namespace Vigil.Iam.Policies;

/// <summary>Wildcard matching where the markers stand for * and ?; every other character is literal.</summary>
internal static class Glob
{
    public const char Star = '\uE000';
    public const char Question = '\uE001';

    public static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        int p = 0, v = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == Star)
                {
                    starP = p++;
                    starV = v;
                    continue;
                }

                if (c == Question || c == value[v])
                {
                    p++;
                    v++;
                    continue;
                }
            }

            if (starP < 0) return false;
            p = starP + 1;
            v = ++starV;
        }

        while (p < pattern.Length && pattern[p] == Star) p++;
        return p == pattern.Length;
    }

    /// <summary>
    /// Resource ARN matching (IAM User Guide, Resource element): a * that ends a colon-separated segment may match across
    /// colons; any other * stays within its segment.
    /// </summary>
    public static bool MatchesSegmented(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        var width = pattern.Length + 1;
        Span<bool> previous = width <= 256 ? stackalloc bool[width] : new bool[width];
        Span<bool> current = width <= 256 ? stackalloc bool[width] : new bool[width];
        previous[0] = true;
        for (var j = 0; j < pattern.Length; j++) previous[j + 1] = previous[j] && pattern[j] == Star;
        foreach (var c in value)
        {
            current[0] = false;
            for (var j = 0; j < pattern.Length; j++)
            {
                var p = pattern[j];
                if (p == Star)
                {
                    var crossesColons = j + 1 == pattern.Length || pattern[j + 1] == ':';
                    current[j + 1] = current[j] || (previous[j + 1] && (crossesColons || c != ':'));
                }
                else
                {
                    current[j + 1] = previous[j] && (p == Question || p == c);
                }
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[pattern.Length];
    }

    public static bool HasSegmentBoundStar(ReadOnlySpan<char> pattern)
    {
        for (var j = 0; j + 1 < pattern.Length; j++)
        {
            if (pattern[j] == Star && pattern[j + 1] != ':') return true;
        }

        return false;
    }
}
