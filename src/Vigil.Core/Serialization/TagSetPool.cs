namespace Vigil.Core.Serialization;

/// <summary>Shares one <see cref="TagSet"/> among all resources of a snapshot that carry the same tags. Bounded.</summary>
internal static class TagSetPool
{
    public static BoundedInterner<TagSet> Shared { get; } = new(100_000, TagSetComparer.Instance);
}
