using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

internal sealed class ResourceListReader<T>(JsonPropertyInfo property, JsonTypeInfo typeInfo) : ResourceListReader(property)
{
    private readonly JsonTypeInfo<T> _typeInfo = (JsonTypeInfo<T>)typeInfo;
    private readonly ConcurrentDictionary<int, T[]> _parsed = new();

    public override void Parse(byte[] json, ElementRange range)
    {
        var items = new T[range.Elements.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var (start, length) = range.Elements[i];
            items[i] = JsonSerializer.Deserialize(json.AsSpan(start, length), _typeInfo)!;
        }
        _parsed[range.Index] = items;
    }

    public override object Result()
    {
        var all = new List<T>(_parsed.Values.Sum(p => p.Length));
        for (var index = 0; index < RangeCount; index++) all.AddRange(_parsed[index]);
        return all;
    }
}
