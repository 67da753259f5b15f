namespace Vigil.Checks.Policies;

/// <summary>Compares <see cref="PolicyCacheKey"/>s with each document's own-resource ARN tokens taken as one placeholder,
/// without building the normalised texts: a bucket policy naming arn:aws:s3:::a and the same policy naming
/// arn:aws:s3:::b on bucket b are equal.</summary>
internal sealed class PolicyCacheKeyComparer : IEqualityComparer<PolicyCacheKey>
{
    public static PolicyCacheKeyComparer Instance { get; } = new();

    public bool Equals(PolicyCacheKey x, PolicyCacheKey y)
    {
        if (!string.Equals(x.Account, y.Account, StringComparison.Ordinal)) return false;
        if (ReferenceEquals(x.Document, y.Document) && string.Equals(x.Resource, y.Resource, StringComparison.Ordinal)) return true;
        ReadOnlySpan<char> a = x.Document, b = y.Document;
        while (true)
        {
            var tokenA = NextToken(a, x.Resource);
            var tokenB = NextToken(b, y.Resource);
            if (tokenA != tokenB || !a[..tokenA].SequenceEqual(b[..tokenB])) return false;
            if (tokenA == a.Length) return tokenB == b.Length;
            a = a[(tokenA + x.Resource.Length)..];
            b = b[(tokenB + y.Resource.Length)..];
        }
    }

    public int GetHashCode(PolicyCacheKey key)
    {
        var hash = new HashCode();
        hash.Add(key.Account, StringComparer.Ordinal);
        ReadOnlySpan<char> rest = key.Document;
        while (true)
        {
            var token = NextToken(rest, key.Resource);
            hash.Add(string.GetHashCode(rest[..token], StringComparison.Ordinal));
            if (token == rest.Length) return hash.ToHashCode();
            rest = rest[(token + key.Resource.Length)..];
        }
    }

    /// <summary>Where the next own-resource token starts in <paramref name="text"/> (after an opening quote, followed by a
    /// closing quote or a slash), or the text's length when there is none.</summary>
    private static int NextToken(ReadOnlySpan<char> text, string resource)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOf(resource, StringComparison.Ordinal);
            if (found < 0) return text.Length;
            var start = offset + found;
            var end = start + resource.Length;
            if (start > 0 && text[start - 1] == '"' && end < text.Length && text[end] is '"' or '/') return start;
            offset = start + 1;
        }
    }
}
