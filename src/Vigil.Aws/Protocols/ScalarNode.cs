using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Response scalars read from text (XML elements, headers) into the neutral tree: numbers as numbers,
/// booleans as booleans, timestamps as ISO 8601 UTC text, blobs as base64 text.</summary>
internal static class ScalarNode
{
    public static JsonNode FromText(Shape shape, string text, string where) => shape.Type switch
    {
        ShapeType.Integer or ShapeType.Long => JsonValue.Create(long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : throw new InvalidDataException($"{where}: '{text}' is not an integer")),
        ShapeType.Float or ShapeType.Double => JsonValue.Create(double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : throw new InvalidDataException($"{where}: '{text}' is not a number")),
        ShapeType.Boolean => JsonValue.Create(text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)),
        ShapeType.Timestamp => JsonValue.Create(Timestamps.ToNeutral(Timestamps.ParseWire(text, where))),
        _ => JsonValue.Create(text),
    };
}
