using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Core.Serialization;

/// <summary>Resource tags, whose keys and values repeat across an estate, read through <see cref="StringPool"/>.</summary>
public sealed class PooledTagsConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected an object of tag keys and values, found {reader.TokenType}.");
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = StringPool.Shared.Read(ref reader);
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) throw new JsonException($"The value of tag '{key}' must be a string, found {reader.TokenType}.");
            tags[key] = StringPool.Shared.Read(ref reader);
        }
        return tags;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, tag) in value) writer.WriteString(key, tag);
        writer.WriteEndObject();
    }
}
