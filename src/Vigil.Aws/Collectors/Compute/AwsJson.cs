using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Collectors.Compute;

/// <summary>Reads members of the request layer's neutral JSON output; a member AWS did not send reads as null.</summary>
internal static class AwsJson
{
    public static string? Text(this JsonNode? node, string member) =>
        node?[member] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Flag(this JsonNode? node, string member) =>
        node?[member] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValueKind() == JsonValueKind.True
            : null;

    public static long? Number(this JsonNode? node, string member) =>
        node?[member] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<long>() : null;

    public static int? Integer(this JsonNode? node, string member) => node.Number(member) is { } number ? checked((int)number) : null;

    public static DateTimeOffset? Time(this JsonNode? node, string member) =>
        node.Text(member) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    public static IEnumerable<JsonNode> Items(this JsonNode? node, string member) =>
        node?[member] is JsonArray array ? array.OfType<JsonNode>() : [];

    /// <summary>The text values of a member of each item of a list (the GroupId of each security group, ...).</summary>
    public static List<string> TextsOf(this JsonNode? node, string list, string member) =>
        [.. node.Items(list).Select(item => item.Text(member)).OfType<string>()];

    /// <summary>A list of plain strings.</summary>
    public static List<string> Texts(this JsonNode? node, string member) =>
        [.. node.Items(member).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];

    /// <summary>Tags sent as a list of {Key, Value} pairs (EC2, RDS, ELB).</summary>
    public static Dictionary<string, string> KeyValueTags(this JsonNode? node, string member = "Tags")
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in node.Items(member))
        {
            if (tag.Text("Key") is { } key) tags[key] = tag.Text("Value") ?? "";
        }
        return tags;
    }
}
