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

    public T? ByArn<T>(string arn) where T : Resource => By<T>("arn", r => r.Arn)[arn].FirstOrDefault();

    /// <summary>A value derived from the whole snapshot, computed once (e.g. a set of protected ARNs).</summary>
    public TValue Computed<TValue>(string name, Func<Snapshot, TValue> compute) where TValue : class =>
        _lookups.TryGetValue((typeof(TValue), name), out var built) ? (TValue)built.Value : Compute(name, compute);

    // The slow paths are methods of their own: a lambda capturing a parameter is allocated on entry to its method, and
    // these lookups are asked millions of times.
    private ILookup<string, T> Build<T>(string name, Func<T, string?> key) where T : Resource =>
        (ILookup<string, T>)_lookups.GetOrAdd((typeof(T), name), _ => new Lazy<object>(() =>
            snapshot.Resources<T>().Where(r => key(r) is not null).ToLookup(r => key(r)!, StringComparer.Ordinal))).Value;

    private TValue Compute<TValue>(string name, Func<Snapshot, TValue> compute) where TValue : class =>
        (TValue)_lookups.GetOrAdd((typeof(TValue), name), _ => new Lazy<object>(() => compute(snapshot))).Value;
}
