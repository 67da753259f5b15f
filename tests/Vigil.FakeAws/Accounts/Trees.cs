using System.Globalization;
using System.Text.Json.Nodes;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>Small helpers for writing output trees: ISO 8601 timestamps, tag lists, arrays of strings, and objects
/// that leave out members whose value is null (AWS omits what is not set).</summary>
internal static class Trees
{
    public static string? Iso(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    public static JsonArray KeyValueTags(IReadOnlyDictionary<string, string> tags, string key = "Key", string value = "Value") =>
        new([.. tags.Select(t => (JsonNode)new JsonObject { [key] = t.Key, [value] = t.Value })]);

    /// <summary>Tags as one JSON map (SQS ListQueueTags, Lambda ListTags).</summary>
    public static JsonObject TagMap(IReadOnlyDictionary<string, string> tags) =>
        new(tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));

    /// <summary>An object of the given members, without those whose value is null.</summary>
    public static JsonObject Object(params (string Name, JsonNode? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (name, value) in members)
        {
            if (value is not null) result[name] = value;
        }
        return result;
    }
}
