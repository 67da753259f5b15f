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
}
