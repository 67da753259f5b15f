using System.Collections.Concurrent;
using Vigil.Core.Model;

namespace Vigil.Core.Checks;

/// <summary>Lookups over a snapshot, built once on first use and shared by every check of a scan.</summary>
public sealed class SnapshotIndex(Snapshot snapshot)
{
    private readonly ConcurrentDictionary<(Type, string), Lazy<object>> _lookups = new();

    /// <summary>Resources of type <typeparamref name="T"/> keyed by <paramref name="key"/>; <paramref name="name"/>
    /// identifies the key function so that all callers share one lookup (e.g. "name", "group-id").</summary>
    public ILookup<string, T> By<T>(string name, Func<T, string?> key) where T : Resource =>
        _lookups.TryGetValue((typeof(T), name), out var built) ? (ILookup<string, T>)built.Value : Build(name, key);

    /// <summary>The resources of type <typeparamref name="T"/> in one account.</summary>
    public IEnumerable<T> InAccount<T>(string accountId) where T : Resource =>
        By<T>("account", r => r.AccountId)[accountId];

    public T? ByArn<T>(string arn) where T : Resource => First<T>("arn", r => r.Arn).GetValueOrDefault(arn);

    /// <summary>The first resource of type <typeparamref name="T"/> (in snapshot order) for each value of <paramref name="key"/>:
    /// for keys that name one resource (an ARN, a bucket name), without a group per resource as <see cref="By{T}"/> has.</summary>
    public IReadOnlyDictionary<string, T> First<T>(string name, Func<T, string?> key) where T : Resource =>
        _lookups.TryGetValue((typeof(IReadOnlyDictionary<string, T>), name), out var built) ? (IReadOnlyDictionary<string, T>)built.Value : BuildFirst(name, key);

    /// <summary>A value derived from the whole snapshot, computed once (e.g. a set of protected ARNs).</summary>
    public TValue Computed<TValue>(string name, Func<Snapshot, TValue> compute) where TValue : class =>
        _lookups.TryGetValue((typeof(TValue), name), out var built) ? (TValue)built.Value : Compute(name, compute);

    // The slow paths are methods of their own: a lambda capturing a parameter is allocated on entry to its method, and
    // these lookups are asked millions of times.
    private ILookup<string, T> Build<T>(string name, Func<T, string?> key) where T : Resource =>
        (ILookup<string, T>)_lookups.GetOrAdd((typeof(T), name), _ => new Lazy<object>(() =>
            snapshot.Resources<T>().Where(r => key(r) is not null).ToLookup(r => key(r)!, StringComparer.Ordinal))).Value;

    private IReadOnlyDictionary<string, T> BuildFirst<T>(string name, Func<T, string?> key) where T : Resource =>
        (IReadOnlyDictionary<string, T>)_lookups.GetOrAdd((typeof(IReadOnlyDictionary<string, T>), name), _ => new Lazy<object>(() =>
        {
            var first = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var resource in snapshot.Resources<T>())
            {
                if (key(resource) is { } value) first.TryAdd(value, resource);
            }
            return first;
        })).Value;

    private TValue Compute<TValue>(string name, Func<Snapshot, TValue> compute) where TValue : class =>
        (TValue)_lookups.GetOrAdd((typeof(TValue), name), _ => new Lazy<object>(() => compute(snapshot))).Value;
}
