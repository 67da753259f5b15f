namespace Vigil.Checks.Policies;

/// <summary>Compares <see cref="PolicyCacheKey"/>s with each document's own-resource ARN tokens taken as one placeholder,
/// without building the normalised texts: a bucket policy naming arn:aws:s3:::a and the same policy naming
/// arn:aws:s3:::b on bucket b are equal. <see cref="AcrossAccounts"/> also takes the owner account id (twelve digits
/// between non-digits) as a second placeholder and ignores which account owns the resource, for verdicts that read the
/// text only (lint): the default KMS key policy of every account is then one key.</summary>
internal sealed class PolicyCacheKeyComparer : IEqualityComparer<PolicyCacheKey>
{
    private readonly bool _acrossAccounts;

    private PolicyCacheKeyComparer(bool acrossAccounts) => _acrossAccounts = acrossAccounts;

    public static PolicyCacheKeyComparer Instance { get; } = new(false);

    public static PolicyCacheKeyComparer AcrossAccounts { get; } = new(true);

    public bool Equals(PolicyCacheKey x, PolicyCacheKey y)
    {
        if (!_acrossAccounts && !string.Equals(x.Account, y.Account, StringComparison.Ordinal)) return false;
        if (ReferenceEquals(x.Document, y.Document) && string.Equals(x.Resource, y.Resource, StringComparison.Ordinal)) return true;
        ReadOnlySpan<char> a = x.Document, b = y.Document;
        while (true)
        {
            var tokenA = NextToken(a, x);
            var tokenB = NextToken(b, y);
            if (tokenA.Start != tokenB.Start || tokenA.IsResource != tokenB.IsResource || !a[..tokenA.Start].SequenceEqual(b[..tokenB.Start])) return false;
            if (tokenA.Start == a.Length) return tokenB.Start == b.Length;
            a = a[(tokenA.Start + tokenA.Length)..];
            b = b[(tokenB.Start + tokenB.Length)..];
        }
    }

    public int GetHashCode(PolicyCacheKey key)
    {
        var hash = new HashCode();
        if (!_acrossAccounts) hash.Add(key.Account, StringComparer.Ordinal);
        ReadOnlySpan<char> rest = key.Document;
        while (true)
        {
            var token = NextToken(rest, key);
            hash.Add(string.GetHashCode(rest[..token.Start], StringComparison.Ordinal));
            if (token.Start == rest.Length) return hash.ToHashCode();
            hash.Add(token.IsResource);
            rest = rest[(token.Start + token.Length)..];
        }
    }

    /// <summary>The next placeholder in <paramref name="text"/> (start at the text's length when there is none): the own
    /// resource's ARN after an opening quote and before a closing quote or a slash, and (across accounts) the owner
    /// account id between non-digits, whichever comes first.</summary>
    private Token NextToken(ReadOnlySpan<char> text, PolicyCacheKey key)
    {
        var resource = new Token(Find(text, key.Resource, IsResourceToken), key.Resource.Length, true);
        if (!_acrossAccounts || key.Account.Length == 0) return resource;
        var account = new Token(Find(text, key.Account, IsAccountToken), key.Account.Length, false);
        return account.Start < resource.Start ? account : resource;
    }

    private static int Find(ReadOnlySpan<char> text, string token, Func<char, char, bool> bounded)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOf(token, StringComparison.Ordinal);
            if (found < 0) return text.Length;
            var start = offset + found;
            var end = start + token.Length;
            if (bounded(start > 0 ? text[start - 1] : '\0', end < text.Length ? text[end] : '\0')) return start;
            offset = start + 1;
        }
    }

    private static bool IsResourceToken(char before, char after) => before == '"' && after is '"' or '/';

    private static bool IsAccountToken(char before, char after) => !char.IsAsciiDigit(before) && !char.IsAsciiDigit(after);

    private readonly record struct Token(int Start, int Length, bool IsResource);
}
