using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

internal sealed class ResourceListReader<T>(JsonPropertyInfo property, JsonTypeInfo typeInfo) : ResourceListReader(property)
{
    private readonly JsonTypeInfo<T> _typeInfo = (JsonTypeInfo<T>)typeInfo;

    public override void Parse(byte[] json, ElementRange range)
    {
        var items = new T[range.Elements.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var (start, length) = range.Elements[i];
            items[i] = JsonSerializer.Deserialize(json.AsSpan(start, length), _typeInfo)!;
        }
        range.Parsed = items;
    }

    public override object Result()
    {
        var all = new List<T>(Ranges.Sum(r => r.Elements.Length));
        foreach (var range in Ranges) all.AddRange((T[])range.Parsed!);
        return all;
    }
}
