using System.IO.Hashing;
using System.Runtime.InteropServices;

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
        var a = new PolicyTokenWalk(x, _acrossAccounts);
        var b = new PolicyTokenWalk(y, _acrossAccounts);
        while (true)
        {
            a.Next(out var textA, out var resourceA, out var lastA);
            b.Next(out var textB, out var resourceB, out var lastB);
            if (lastA != lastB || resourceA != resourceB || !textA.SequenceEqual(textB)) return false;
            if (lastA) return true;
        }
    }

    public int GetHashCode(PolicyCacheKey key)
    {
        var hash = new HashCode();
        if (!_acrossAccounts) hash.Add(key.Account, StringComparer.Ordinal);
        var walk = new PolicyTokenWalk(key, _acrossAccounts);
        while (true)
        {
            walk.Next(out var text, out var resource, out var last);
            hash.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text)));
            if (last) return hash.ToHashCode();
            hash.Add(resource);
        }
    }
}
