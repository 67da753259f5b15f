using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

/// <summary>Resource tags, whose keys and values repeat across an estate, read through <see cref="StringPool"/>; resources
/// with the same tags share one <see cref="TagSet"/>.</summary>
public sealed class PooledTagsConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    [ThreadStatic] private static string[]? t_keys;
    [ThreadStatic] private static string[]? t_values;

    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected an object of tag keys and values, found {reader.TokenType}.");
        var keys = t_keys ??= new string[16];
        var values = t_values ??= new string[16];
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = StringPool.Shared.Read(ref reader);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String) throw new JsonException($"The value of tag '{key}' must be a string, found {reader.TokenType}.");
                var value = StringPool.Shared.Read(ref reader);
                var existing = Array.IndexOf(keys, key, 0, count);
                if (existing >= 0)
                {
                    values[existing] = value;
                    continue;
                }
                if (count == keys.Length)
                {
                    Array.Resize(ref keys, count * 2);
                    Array.Resize(ref values, count * 2);
                    (t_keys, t_values) = (keys, values);
                }
                (keys[count], values[count]) = (key, value);
                count++;
            }
            if (count == 0) return ResourceDefaults.NoTags;
            var read = new TagList(keys.AsSpan(0, count), values.AsSpan(0, count));
            return TagSetPool.Shared.TryFind(read, out var shared) ? shared : TagSetPool.Shared.Add(TagSetComparer.Instance.Create(read));
        }
        finally
        {
            Array.Clear(keys, 0, count);
            Array.Clear(values, 0, count);
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, tag) in value) writer.WriteString(key, tag);
        writer.WriteEndObject();
    }
}
