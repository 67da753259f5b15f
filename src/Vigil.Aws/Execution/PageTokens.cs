using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Aws.Execution;

/// <summary>Evaluates botocore paginator expressions against a response: dotted member paths
/// ("DistributionList.NextMarker"), alternatives ("NextMarker || Contents[-1].Key") and list indexes ("[-1]").</summary>
internal static class PageTokens
{
    public static JsonNode? Evaluate(JsonObject output, string expression)
    {
        foreach (var alternative in expression.Split("||", StringSplitOptions.TrimEntries))
        {
            if (Path(output, alternative) is { } value && !IsEmpty(value)) return value;
        }
        return null;
    }

    public static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0);

    private static JsonNode? Path(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name.Length > 0) current = (current as JsonObject)?[name];
            if (bracket >= 0 && current is JsonArray array)
            {
                var index = int.Parse(segment[(bracket + 1)..segment.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                current = array.Count == 0 ? null : array[index < 0 ? array.Count + index : index];
            }
            else if (bracket >= 0)
            {
                current = null;
            }
            if (current is null) return null;
        }
        return current;
    }
}
