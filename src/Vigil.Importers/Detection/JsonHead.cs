using System.Text.Json;

namespace Vigil.Importers.Detection;

/// <summary>What the first bytes of a JSON document show: its top-level member names (of the first element when the
/// document is an array of objects) and the first string in each top-level array, read without parsing the rest;
/// <see cref="ErrorLine"/> is the 1-based line where the JSON turned out malformed, if it did within the head.</summary>
internal sealed record JsonHead(bool IsArray, IReadOnlyList<string> Keys, IReadOnlyDictionary<string, string> FirstStrings, long? ErrorLine)
{
    public static JsonHead Read(ReadOnlySpan<byte> head, bool complete)
    {
        var reader = new Utf8JsonReader(head, isFinalBlock: complete, new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip }));
        var keys = new List<string>();
        var firstStrings = new Dictionary<string, string>(StringComparer.Ordinal);
        var isArray = false;
        var objectDepth = 1;
        string? currentKey = null;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartArray)
                {
                    isArray = true;
                    objectDepth = 2;
                }
                else if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    break;
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == objectDepth)
                {
                    currentKey = reader.GetString()!;
                    keys.Add(currentKey);
                }
                else if (reader.TokenType == JsonTokenType.String && reader.CurrentDepth == objectDepth + 1 && currentKey is not null)
                {
                    firstStrings.TryAdd(currentKey, reader.GetString()!);
                }
                else if (isArray && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }
            }
        }
        catch (JsonException e)
        {
            return new JsonHead(isArray, keys, firstStrings, (e.LineNumber ?? 0) + 1);
        }
        return new JsonHead(isArray, keys, firstStrings, null);
    }

    public bool Has(string key) => Keys.Contains(key, StringComparer.Ordinal);
}
