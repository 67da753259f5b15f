using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

internal sealed class ResourceListReader<T>(JsonPropertyInfo property, JsonTypeInfo typeInfo) : ResourceListReader(property)
{
    private readonly JsonTypeInfo<T> _typeInfo = (JsonTypeInfo<T>)typeInfo;
    private T[]? _items;

    public override object Result => _items ?? [];

    public override void DeserializeRange(byte[] json, int from, int to)
    {
        var items = _items;
        if (items is null)
        {
            Interlocked.CompareExchange(ref _items, new T[Count], null);
            items = _items!;
        }
        for (var i = from; i < to; i++)
        {
            var (start, length) = Element(i);
            items[i] = JsonSerializer.Deserialize(json.AsSpan(start, length), _typeInfo)!;
        }
    }
}
