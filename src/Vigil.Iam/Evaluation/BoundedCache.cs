using System.Collections.Concurrent;

namespace Vigil.Iam.Evaluation;

/// <summary>Values derived from strings that recur across millions of requests (principals, action names), kept up to a
/// fixed number of keys so that a stream of distinct inputs cannot grow it without bound.</summary>
internal sealed class BoundedCache<TValue>(int capacity, Func<string, TValue> create)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue Get(string key)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        value = create(key);
        if (_values.Count < capacity) _values.TryAdd(key, value);
        return value;
    }
}
