using System.Collections.Concurrent;

namespace Vigil.Iam.Evaluation;

/// <summary>Values derived from strings that recur across millions of requests or policies (principals, action names,
/// catalog lookups), kept up to a fixed number of keys so that a stream of distinct inputs cannot grow it without bound.
/// The count is kept apart because <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the
/// dictionary.</summary>
internal sealed class BoundedCache<TValue>(int capacity, IEqualityComparer<string>? comparer = null)
{
    /// <summary>Many lock stripes: analyses add keys from every core at once (a new principal per request).</summary>
    private const int Stripes = 64;

    private readonly ConcurrentDictionary<string, TValue> _values = new(Stripes, 1024, comparer ?? StringComparer.Ordinal);
    private int _count;

    public TValue Get(string key, Func<string, TValue> create)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        value = create(key);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
