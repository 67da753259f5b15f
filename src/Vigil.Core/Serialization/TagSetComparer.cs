namespace Vigil.Core.Serialization;

/// <summary>Compares tag sets by content, and finds a pooled one from tags still in scratch buffers.</summary>
internal sealed class TagSetComparer : IEqualityComparer<TagSet>, IAlternateEqualityComparer<TagList, TagSet>
{
    public static TagSetComparer Instance { get; } = new();

    public bool Equals(TagSet? x, TagSet? y) => x is null ? y is null : x.Equals(y);

    public int GetHashCode(TagSet tags) => tags.GetHashCode();

    public bool Equals(TagList alternate, TagSet other) => other.Holds(alternate.Keys, alternate.Values);

    public int GetHashCode(TagList alternate) => TagSet.Hash(alternate.Keys, alternate.Values);

    public TagSet Create(TagList alternate) => new(alternate.Keys.ToArray(), alternate.Values.ToArray());
}
