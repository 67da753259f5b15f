namespace Vigil.Iam.Lint;

/// <summary>"Did you mean": the closest known name by edit distance, when close enough to be a likely typo.</summary>
internal static class Suggestions
{
    public static string DidYouMean(string written, IEnumerable<string> known)
    {
        var best = Closest(written, known);
        return best is null ? "" : $" Did you mean \"{best}\"?";
    }

    public static string? Closest(string written, IEnumerable<string> known)
    {
        var limit = Math.Max(1, Math.Min(3, written.Length / 4));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - written.Length) > limit) continue;
            var distance = Distance(written, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
