using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Typed reads of the request layer's neutral JSON tree: a member that is absent or of another kind reads as null.</summary>
internal static class ResponseValues
{
    public static string? Text(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Flag(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    public static long? Number(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? (long)double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static DateTimeOffset? Time(this JsonNode? node, string name) =>
        node.Text(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node, string name) =>
        node?[name] is JsonArray array ? array.OfType<JsonNode>() : [];

    /// <summary>A tag list ([{Key, Value}], or [{key, value}] in some JSON services) as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Tags(this JsonNode? node, string name)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in node.Items(name))
        {
            if ((tag.Text("Key") ?? tag.Text("key")) is { } key) tags[key] = tag.Text("Value") ?? tag.Text("value") ?? "";
        }
        return tags;
    }
}
