using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Core.Serialization;

/// <summary>For string properties with few distinct values (account ids, regions): see <see cref="StringPool"/>.</summary>
public sealed class PooledStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? StringPool.Shared.Read(ref reader)
            : throw new JsonException($"Expected a string, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
