using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

/// <summary>The elements of one resource array of a snapshot document, located by a first pass and
/// deserialized in ranges that can run in parallel.</summary>
internal abstract class ResourceListReader(JsonPropertyInfo property)
{
    private readonly List<(int Start, int Length)> _elements = [];

    public JsonPropertyInfo Property { get; } = property;

    public int Count => _elements.Count;

    public void AddElement(int start, int length) => _elements.Add((start, length));

    protected (int Start, int Length) Element(int index) => _elements[index];

    public abstract void DeserializeRange(byte[] json, int from, int to);

    public abstract object Result { get; }

    public static ResourceListReader For(JsonPropertyInfo property, Type elementType, JsonSerializerOptions options) =>
        (ResourceListReader)Activator.CreateInstance(
            typeof(ResourceListReader<>).MakeGenericType(elementType), property, options.GetTypeInfo(elementType))!;
}
