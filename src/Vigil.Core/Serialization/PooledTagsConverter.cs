using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Resource tags, whose keys and values repeat across an estate, read through <see cref="StringPool"/>; resources
/// with the same tags share one <see cref="TagSet"/>.</summary>
public sealed class PooledTagsConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected an object of tag keys and values, found {reader.TokenType}.");
        var keys = new List<string>();
        var values = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = StringPool.Shared.Read(ref reader);
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) throw new JsonException($"The value of tag '{key}' must be a string, found {reader.TokenType}.");
            var value = StringPool.Shared.Read(ref reader);
            var existing = keys.IndexOf(key);
            if (existing >= 0) values[existing] = value;
            else
            {
                keys.Add(key);
                values.Add(value);
            }
        }
        return keys.Count == 0 ? ResourceDefaults.NoTags : TagSetPool.Shared.Intern(new TagSet([.. keys], [.. values]));
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, tag) in value) writer.WriteString(key, tag);
        writer.WriteEndObject();
    }
}
