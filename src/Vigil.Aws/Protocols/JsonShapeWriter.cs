using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Writes input values as the JSON body of the json and rest-json protocols: members by locationName (or
/// name), timestamps as epoch seconds unless the model says otherwise, blobs as the base64 text given.</summary>
internal static class JsonShapeWriter
{
    public static JsonObject Structure(Shape shape, JsonObject input, string path, Func<Member, bool> include)
    {
        var result = new JsonObject();
        foreach (var (member, value) in InputMembers.Present(shape, input, path))
        {
            if (!include(member)) continue;
            result[member.WireName] = Write(member, value, $"{path}.{member.Name}");
        }
        return result;
    }

    public static JsonNode Write(Member member, JsonNode node, string path)
    {
        var shape = member.Shape;
        if (shape.IsDocument) return node.DeepClone();
        switch (shape.Type)
        {
            case ShapeType.Structure:
                return Structure(shape, InputMembers.AsObject(node, shape, path), path, _ => true);
            case ShapeType.List:
                return new JsonArray(InputMembers.AsArray(node, shape, path)
                    .Select((item, i) => Write(shape.ListMember!, item ?? throw new ArgumentException($"{path}[{i}]: list items cannot be null"), $"{path}[{i}]"))
                    .ToArray());
            case ShapeType.Map:
                var map = new JsonObject();
                foreach (var (key, value) in InputMembers.AsObject(node, shape, path))
                {
                    map[key] = value is null ? null : Write(shape.MapValue!, value, $"{path}.{key}");
                }
                return map;
            case ShapeType.Timestamp:
                var format = member.EffectiveTimestampFormat ?? Timestamps.UnixTimestamp;
                var time = Timestamps.FromInput(node, path);
                return format == Timestamps.UnixTimestamp ? JsonValue.Create(Timestamps.EpochSeconds(time)) : JsonValue.Create(Timestamps.Format(time, format));
            default:
                Check(shape, node, path);
                return node.DeepClone();
        }
    }

    private static void Check(Shape shape, JsonNode node, string path)
    {
        var kind = node.GetValueKind();
        var matches = shape.Type switch
        {
            ShapeType.String or ShapeType.Blob => kind == JsonValueKind.String,
            ShapeType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            _ => kind == JsonValueKind.Number,
        };
        if (!matches) throw ScalarText.Mismatch(shape, node, path);
    }
}
