using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The members present in a caller's input object, checked against the shape: an unknown member, a
/// missing required member or a value of the wrong JSON kind is an <see cref="ArgumentException"/> naming it.</summary>
internal static class InputMembers
{
    public static IEnumerable<(Member Member, JsonNode Value)> Present(Shape shape, JsonObject input, string path)
    {
        foreach (var property in input)
        {
            if (shape.FindMember(property.Key) is null)
            {
                throw new ArgumentException(
                    $"{path}: {shape.Name} has no member '{property.Key}' (members: {string.Join(", ", shape.Members.Select(m => m.Name))})");
            }
        }
        foreach (var required in shape.Required)
        {
            if (input[required] is null) throw new ArgumentException($"{path}: {shape.Name} requires member '{required}'");
        }
        foreach (var member in shape.Members)
        {
            if (input[member.Name] is { } value) yield return (member, value);
        }
    }

    public static JsonObject AsObject(JsonNode node, Shape shape, string path) =>
        node as JsonObject ?? throw new ArgumentException($"{path}: {shape.Name} expects an object, got {node.ToJsonString()}");

    public static JsonArray AsArray(JsonNode node, Shape shape, string path) =>
        node as JsonArray ?? throw new ArgumentException($"{path}: {shape.Name} expects a list, got {node.ToJsonString()}");
}
