using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Serialization;

/// <summary>Reads a list as an array of exactly its length, an empty one as the shared empty array (see
/// <see cref="SnapshotJson"/>). Elements are read with the same options, so lists inside them are compact too.</summary>
internal sealed class CompactListConverter<T>(JsonSerializerOptions options) : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonTypeInfo<T> _element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected an array, found {reader.TokenType}.");
        if (!reader.Read()) throw new JsonException("The array is not closed.");
        if (reader.TokenType == JsonTokenType.EndArray) return [];

        var first = JsonSerializer.Deserialize(ref reader, _element)!;
        if (!reader.Read()) throw new JsonException("The array is not closed.");
        if (reader.TokenType == JsonTokenType.EndArray) return [first];

        var items = new List<T> { first };
        do
        {
            items.Add(JsonSerializer.Deserialize(ref reader, _element)!);
            if (!reader.Read()) throw new JsonException("The array is not closed.");
        }
        while (reader.TokenType != JsonTokenType.EndArray);
        return items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value) JsonSerializer.Serialize(writer, item, _element);
        writer.WriteEndArray();
    }
}
