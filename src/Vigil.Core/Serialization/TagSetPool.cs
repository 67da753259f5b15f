using System.Collections.Concurrent;

namespace Vigil.Core.Serialization;

/// <summary>Shares one <see cref="TagSet"/> among all resources of a snapshot that carry the same tags. Bounded.</summary>
internal sealed class TagSetPool(int capacity)
{
    private readonly ConcurrentDictionary<TagSet, TagSet> _sets = new();

    public static TagSetPool Shared { get; } = new(100_000);

    public TagSet Intern(TagSet tags)
    {
        if (_sets.TryGetValue(tags, out var shared)) return shared;
        return _sets.Count < capacity ? _sets.GetOrAdd(tags, tags) : tags;
    }
}
