namespace Vigil.Core.Serialization;

/// <summary>Tags as they are read, in scratch buffers: looked up in <see cref="TagSetPool"/> without building a <see cref="TagSet"/>.</summary>
internal readonly ref struct TagList(ReadOnlySpan<string> keys, ReadOnlySpan<string> values)
{
    public ReadOnlySpan<string> Keys { get; } = keys;

    public ReadOnlySpan<string> Values { get; } = values;
}
