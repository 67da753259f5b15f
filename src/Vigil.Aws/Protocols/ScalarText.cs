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
            ShapeType.Integer or ShapeType.Long when kind == JsonValueKind.Number => value.GetValue<long>().ToString(CultureInfo.InvariantCulture),
            ShapeType.Float or ShapeType.Double when kind == JsonValueKind.Number => value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
            _ => throw Mismatch(shape, node, path),
        };
    }

    public static ArgumentException Mismatch(Shape shape, JsonNode node, string path) =>
        new($"{path}: {shape.Name} is a {shape.Type.ToString().ToLowerInvariant()}, got {node.ToJsonString()}");
}
