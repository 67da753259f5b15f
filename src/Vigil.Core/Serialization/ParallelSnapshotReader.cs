using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Reads a whole snapshot document held in memory using every core: one quick pass finds the
/// elements of the resource arrays, then ranges of elements are deserialized in parallel. Throws
/// <see cref="JsonException"/> on malformed input (the caller re-reads sequentially for an exact position).</summary>
internal static class ParallelSnapshotReader
{
    private const int RangeSize = 2048;

    public static Snapshot Read(byte[] json, CancellationToken cancellationToken)
    {
        var options = VigilJsonContext.Default.Options;
        var snapshotInfo = VigilJsonContext.Default.Snapshot;
        var properties = snapshotInfo.Properties.Where(p => p.AttributeProvider is PropertyInfo { CanWrite: true })
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var snapshot = new Snapshot();
        var lists = new List<ResourceListReader>();

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("The document is not a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (!properties.TryGetValue(name, out var property))
            {
                reader.Skip();
                continue;
            }
            var elementType = ResourceElementType(property.PropertyType);
            if (elementType is not null && reader.TokenType == JsonTokenType.StartArray)
            {
                var list = ResourceListReader.For(property, elementType, options);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    list.AddElement(start, (int)reader.BytesConsumed - start);
                }
                lists.Add(list);
                continue;
            }
            Setter(property)(snapshot, JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(property.PropertyType)));
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("The document's top-level object is not closed.");

        var ranges = lists.SelectMany(l => Enumerable.Range(0, (l.Count + RangeSize - 1) / RangeSize).Select(r => (List: l, From: r * RangeSize))).ToList();
        Parallel.ForEach(ranges, new ParallelOptions { CancellationToken = cancellationToken },
            range => range.List.DeserializeRange(json, range.From, Math.Min(range.From + RangeSize, range.List.Count)));
        foreach (var list in lists) Setter(list.Property)(snapshot, list.Result);
        return snapshot;
    }

    /// <summary>Source-generated metadata cannot set init-only properties, so the few top-level ones are set by reflection.</summary>
    private static Action<object, object?> Setter(JsonPropertyInfo property) => ((PropertyInfo)property.AttributeProvider!).SetValue;

    private static Type? ResourceElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(Resource).IsAssignableFrom(type.GetGenericArguments()[0])
            ? type.GetGenericArguments()[0]
            : null;
}
