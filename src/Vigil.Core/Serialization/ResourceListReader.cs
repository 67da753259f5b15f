using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

/// <summary>One resource array of a snapshot document: its element ranges are parsed independently, in any order
/// and on any thread, and joined in document order at the end.</summary>
internal abstract class ResourceListReader(JsonPropertyInfo property)
{
    public JsonPropertyInfo Property { get; } = property;

    private readonly List<ElementRange> _ranges = [];

    /// <summary>The ranges handed out so far, in document order (handed out by one thread).</summary>
    protected IReadOnlyList<ElementRange> Ranges => _ranges;

    public ElementRange NextRange((int Start, int Length)[] elements)
    {
        var range = new ElementRange(this, elements);
        _ranges.Add(range);
        return range;
    }

    public abstract void Parse(byte[] json, ElementRange range);

    /// <summary>Every element in document order, once all ranges are parsed.</summary>
    public abstract object Result();

    public static ResourceListReader For(JsonPropertyInfo property, Type elementType, JsonSerializerOptions options) =>
        (ResourceListReader)Activator.CreateInstance(
            typeof(ResourceListReader<>).MakeGenericType(elementType), property, options.GetTypeInfo(elementType))!;
}
