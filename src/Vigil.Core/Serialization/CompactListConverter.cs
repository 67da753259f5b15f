using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

/// <summary>Reads a list as an array of exactly its length, an empty one as the shared empty array (see
/// <see cref="SnapshotJson"/>). Elements are read with the same options, so lists inside them are compact too.</summary>
internal sealed class CompactListConverter<T>(JsonSerializerOptions options) : JsonConverter<IReadOnlyList<T>>
{
    /// <summary>This thread's buffer for reading a list of two or more; taken while in use, as a list may hold a list of the same type.</summary>
    [ThreadStatic] private static T[]? t_scratch;

    private readonly JsonTypeInfo<T> _element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected an array, found {reader.TokenType}.");
        if (!reader.Read()) throw new JsonException("The array is not closed.");
        if (reader.TokenType == JsonTokenType.EndArray) return [];

        var first = JsonSerializer.Deserialize(ref reader, _element)!;
        if (!reader.Read()) throw new JsonException("The array is not closed.");
        if (reader.TokenType == JsonTokenType.EndArray) return [first];

        var items = t_scratch ?? new T[8];
        t_scratch = null;
        items[0] = first;
        var count = 1;
        try
        {
            do
            {
                if (count == items.Length) Array.Resize(ref items, count * 2);
                items[count++] = JsonSerializer.Deserialize(ref reader, _element)!;
                if (!reader.Read()) throw new JsonException("The array is not closed.");
            }
            while (reader.TokenType != JsonTokenType.EndArray);
            return items.AsSpan(0, count).ToArray();
        }
        finally
        {
            Array.Clear(items, 0, count);
            t_scratch = items;
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value) JsonSerializer.Serialize(writer, item, _element);
        writer.WriteEndArray();
    }
}
