using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Tests.Scripted;

/// <summary>A full neutral tree for an output shape: every member filled (to a depth, as shapes recurse), two
/// items per list and map, values of each scalar type that survive any wire format (numbers, booleans, ISO 8601
/// timestamps, base64 blobs).</summary>
internal static class SampleTrees
{
    private const int MaxDepth = 5;

    public static JsonObject Output(Operation operation) =>
        operation.Output is { } shape ? Structure(shape, 0, m => true) : [];

    private static JsonObject Structure(Shape shape, int depth, Func<Member, bool> include)
    {
        var result = new JsonObject();
        if (depth > MaxDepth) return result;
        foreach (var member in shape.Members.Where(include))
        {
            if (member.Location == MemberLocation.StatusCode)
            {
                result[member.Name] = 200;
                continue;
            }
            if (member.Location == MemberLocation.Headers)
            {
                result[member.Name] = new JsonObject { ["alpha"] = "one" };
                continue;
            }
            if (member.Location == MemberLocation.Header && member.Shape.Type is ShapeType.List or ShapeType.Map or ShapeType.Structure) continue;
            if (Value(member.Shape, member.Name, depth + 1) is { } value) result[member.Name] = value;
        }
        return result;
    }

    private static JsonNode? Value(Shape shape, string name, int depth)
    {
        if (shape.IsDocument) return new JsonObject { ["doc"] = 1 };
        return shape.Type switch
        {
            ShapeType.Structure => depth > MaxDepth ? null : Structure(shape, depth, m => m.Location == MemberLocation.Body),
            ShapeType.List => Value(shape.ListMember!.Shape, name + "1", depth + 1) is { } first && Value(shape.ListMember.Shape, name + "2", depth + 1) is { } second
                ? new JsonArray(first, second)
                : null,
            ShapeType.Map => Value(shape.MapValue!.Shape, name + "a", depth + 1) is { } a && Value(shape.MapValue.Shape, name + "b", depth + 1) is { } b
                ? new JsonObject { [name + "-a"] = a, [name + "-b"] = b }
                : null,
            ShapeType.String => name + "-text",
            ShapeType.Integer or ShapeType.Long => 7,
            ShapeType.Float or ShapeType.Double => 1.5,
            ShapeType.Boolean => true,
            ShapeType.Timestamp => "2024-05-01T12:30:45Z",
            ShapeType.Blob => "aGVsbG8=",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Type, "unknown shape type"),
        };
    }
}
