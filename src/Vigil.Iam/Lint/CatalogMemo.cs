using System.Collections.Concurrent;

namespace Vigil.Iam.Lint;

/// <summary>Answers that depend on a catalog and a name only, kept for the catalog's lifetime. Names come from policy
/// text, so the memo stops growing at a bound instead of holding every name a hostile input could invent.</summary>
internal sealed class CatalogMemo<TValue>(IEqualityComparer<string> comparer)
{
    private const int Bound = 100_000;

    private readonly ConcurrentDictionary<string, TValue> _values = new(comparer);

    public TValue Get(string name, Func<string, TValue> compute)
    {
        if (_values.TryGetValue(name, out var known)) return known;
        var value = compute(name);
        if (_values.Count < Bound) _values.TryAdd(name, value);
        return value;
    }
}
