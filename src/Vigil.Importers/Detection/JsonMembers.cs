using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Importers.Detection;

/// <summary>Typed reads of an export's JSON: a member that is absent, null or of another kind reads as null.
/// Exports write booleans and numbers either as JSON values or as strings ("true", "7"); both are read.</summary>
internal static class JsonMembers
{
    public static bool Has(this JsonNode? node, string name) => node is JsonObject o && o.TryGetPropertyValue(name, out var v) && v is not null;

    public static string? Text(this JsonNode? node, string name) =>
        Member(node, name) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Flag(this JsonNode? node, string name) => Member(node, name) switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) => b,
        _ => null,
    };

    public static long? Number(this JsonNode? node, string name) => Member(node, name) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => (long)v.GetValue<double>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => (long)d,
        _ => null,
    };

    /// <summary>An ISO 8601 time, or a number of seconds (milliseconds when large) since the epoch.</summary>
    public static DateTimeOffset? Time(this JsonNode? node, string name)
    {
        if (node.Text(name) is { } text)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
        return node.Number(name) is { } epoch
            ? epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch)
            : null;
    }

    public static JsonObject? Object(this JsonNode? node, string name) => Member(node, name) as JsonObject;

    public static IEnumerable<JsonNode> Items(this JsonNode? node, string name) =>
        Member(node, name) is JsonArray array ? array.OfType<JsonNode>() : [];

    public static IReadOnlyList<string> Texts(this JsonNode? node, string name) =>
        [.. node.Items(name).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())];

    /// <summary>Tags written as a list ([{Key, Value}] or [{key, value}]) or as an object of name to value.</summary>
    public static IReadOnlyDictionary<string, string> Tags(this JsonNode? node, string name)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (Member(node, name))
        {
            case JsonArray list:
                foreach (var tag in list.OfType<JsonObject>())
                {
                    if (tag.Text("Key") is { } key) tags[key] = tag.Text("Value") ?? "";
                }
                break;
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    tags[key] = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "";
                }
                break;
        }
        return tags;
    }

    /// <summary>A policy document as JSON text: given as a JSON object, as JSON in a string, or URL-encoded in a
    /// string as the IAM API returns it (RFC 3986).</summary>
    public static string? Document(this JsonNode? node, string name) => Member(node, name) switch
    {
        JsonObject document => document.ToJsonString(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => DecodeDocument(v.GetValue<string>()),
        _ => null,
    };

    public static string? DecodeDocument(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0) return null;
        return trimmed[0] == '{' ? text : Uri.UnescapeDataString(text);
    }

    private static JsonNode? Member(JsonNode? node, string name) =>
        node is JsonObject o && o.TryGetPropertyValue(name, out var value) ? value : null;
}
