using System.Text.Json;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

internal static class SchemaVersion
{
    /// <summary>Finds a top-level "schemaVersion" in the first bytes of a document, if it is there.</summary>
    public static string? Probe(ReadOnlySpan<byte> head)
    {
        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return null;
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                if (!reader.Read()) return null;
                if (isVersion) return reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString();
                if (!reader.TrySkip()) return null;
            }
        }
        catch (JsonException)
        {
            // The full read reports malformed JSON with its position.
        }
        return null;
    }

    public static void EnsureSupported(string? version, string source)
    {
        if (version is null) return;
        if (!int.TryParse(version, out var number) || number < 1)
            throw new VigilInputException($"{source}: schemaVersion '{version}' is not a snapshot schema version (expected \"{Snapshot.CurrentSchemaVersion}\").");
        if (number > int.Parse(Snapshot.CurrentSchemaVersion))
            throw new VigilInputException($"{source}: the snapshot uses schemaVersion {version}, newer than this version of Vigil reads ({Snapshot.CurrentSchemaVersion}); upgrade Vigil to read it.");
    }
}
