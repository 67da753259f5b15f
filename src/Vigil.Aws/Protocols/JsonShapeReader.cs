using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Reads JSON response bodies into the neutral tree by shape: members renamed from locationName to the
/// model's member name, epoch timestamps turned into ISO 8601 text.</summary>
internal static class JsonShapeReader
{
    public static JsonObject Structure(Shape shape, JsonObject body)
    {
        var result = new JsonObject();
        foreach (var member in shape.Members)
        {
            if (member.Location != MemberLocation.Body) continue;
            if (body[member.WireName] is { } value) result[member.Name] = Read(member.Shape, value);
        }
        return result;
    }

    public static JsonNode Read(Shape shape, JsonNode node)
    {
        if (shape.IsDocument) return node.DeepClone();
        return shape.Type switch
        {
            ShapeType.Structure when node is JsonObject o => Structure(shape, o),
            ShapeType.List when node is JsonArray a => new JsonArray(a.Select(item => item is null ? null : Read(shape.ListMember!.Shape, item)).ToArray()),
            ShapeType.Map when node is JsonObject m => Map(shape, m),
            ShapeType.Timestamp => JsonValue.Create(Timestamps.ToNeutral(node.GetValueKind() == JsonValueKind.Number
                ? Timestamps.FromEpoch(double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture))
                : Timestamps.ParseWire(node.GetValue<string>(), shape.Name))),
            ShapeType.Structure or ShapeType.List or ShapeType.Map => throw new InvalidDataException($"{shape.Name}: expected a {shape.Type.ToString().ToLowerInvariant()}, got {node.ToJsonString()}"),
            _ => node.DeepClone(),
        };
    }

    private static JsonObject Map(Shape shape, JsonObject map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map) result[key] = value is null ? null : Read(shape.MapValue!.Shape, value);
        return result;
    }
}
