using System.Globalization;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Collectors.S3;

/// <summary>Reads members of the neutral JSON tree the request layer returns; a member AWS did not send reads as null.</summary>
internal static class JsonRead
{
    public static string? String(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Bool(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static long? Long(this JsonNode? node, string name) => node?[name] is JsonValue value
        ? value.TryGetValue<long>(out var number) ? number
        : value.TryGetValue<double>(out var real) ? (long)real
        : value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null
        : null;

    public static int? Int(this JsonNode? node, string name) => node.Long(name) is { } number ? (int)number : null;

    public static DateTimeOffset? Time(this JsonNode? node, string name) =>
        node.String(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node, string name) =>
        node?[name] is JsonArray array ? array.Where(item => item is not null).Select(item => item!) : [];

    public static IEnumerable<string> Strings(this JsonNode? node, string name) =>
        node.Items(name).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>();
}
