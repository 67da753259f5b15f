using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Input scalars as text for query strings, form bodies, URI labels, headers and XML.</summary>
internal static class ScalarText
{
    public static string Of(Shape shape, JsonNode node, string timestampFormat, string path)
    {
        if (shape.Type == ShapeType.Timestamp) return Timestamps.Format(Timestamps.FromInput(node, path), timestampFormat);
        if (node is not JsonValue value) throw Mismatch(shape, node, path);
        var kind = value.GetValueKind();
        return shape.Type switch
        {
            ShapeType.String or ShapeType.Blob when kind == JsonValueKind.String => value.GetValue<string>(),
            ShapeType.Boolean when kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True ? "true" : "false",
            ShapeType.Integer or ShapeType.Long when kind == JsonValueKind.Number => Integer(value, shape, path).ToString(CultureInfo.InvariantCulture),
            ShapeType.Float or ShapeType.Double when kind == JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            _ => throw Mismatch(shape, node, path),
        };
    }

    /// <summary>Numbers may be backed by any CLR numeric type (a caller's int, a parsed JsonElement), so they are read from their JSON text.</summary>
    private static long Integer(JsonValue value, Shape shape, string path) =>
        long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Mismatch(shape, value, path);

    public static ArgumentException Mismatch(Shape shape, JsonNode node, string path) =>
        new($"{path}: {shape.Name} is a {shape.Type.ToString().ToLowerInvariant()}, got {node.ToJsonString()}");
}
