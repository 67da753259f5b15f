using System.Collections.Concurrent;

namespace Vigil.Core.Serialization;

/// <summary>Shares one <see cref="TagSet"/> among all resources of a snapshot that carry the same tags. Bounded (counted apart:
/// ConcurrentDictionary.Count takes every lock).</summary>
internal sealed class TagSetPool(int capacity)
{
    private readonly ConcurrentDictionary<TagSet, TagSet> _sets = new();
    private int _count;

    public static TagSetPool Shared { get; } = new(100_000);

    public TagSet Intern(TagSet tags)
    {
        if (_sets.TryGetValue(tags, out var shared)) return shared;
        if (Volatile.Read(ref _count) >= capacity) return tags;
        if (_sets.TryAdd(tags, tags))
        {
            Interlocked.Increment(ref _count);
            return tags;
        }
        return _sets.GetValueOrDefault(tags, tags);
    }
}
