using System.Collections.Concurrent;

namespace Vigil.Core.Serialization;

/// <summary>Shares one instance per distinct value across a whole snapshot, up to a fixed number of values (beyond it a
/// value is returned as it is). The count is kept apart because ConcurrentDictionary.Count takes every lock.</summary>
internal sealed class BoundedInterner<T>(int capacity, IEqualityComparer<T>? comparer = null) where T : notnull
{
    private readonly ConcurrentDictionary<T, T> _values = new(comparer);
    private int _count;

    /// <summary>The shared instance equal to <paramref name="key"/>, found without building a <typeparamref name="T"/>.</summary>
    public bool TryFind<TAlternate>(TAlternate key, out T shared) where TAlternate : notnull, allows ref struct =>
        _values.GetAlternateLookup<TAlternate>().TryGetValue(key, out shared!);

    /// <summary>Shares <paramref name="value"/>, just looked for and not found (<see cref="TryFind"/>), while there is room.</summary>
    public T Add(T value)
    {
        if (Volatile.Read(ref _count) >= capacity) return value;
        if (_values.TryAdd(value, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }
        return _values.GetValueOrDefault(value, value);
    }
}
