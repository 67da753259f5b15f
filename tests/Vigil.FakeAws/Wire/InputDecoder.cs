using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The top-level input members of a request, by botocore member name: what the fake needs to pick a
/// scripted answer (a bucket, a key id) and to page (tokens, limits). Scalars keep their wire text (JSON bodies
/// keep their JSON values); lists of scalars become arrays.</summary>
internal static class InputDecoder
{
    public static JsonObject FromForm(Operation operation, IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var input = new JsonObject();
        if (operation.Input is not { } shape) return input;
        var ec2 = operation.Service.Protocol == WireProtocol.Ec2;
        foreach (var member in shape.Members)
        {
            var name = ec2 ? member.QueryName ?? Capitalise(member.LocationName ?? member.Name) : member.LocationName ?? member.Name;
            if (member.Shape.Type == ShapeType.List)
            {
                var items = form.Where(p => IsListItem(p.Key, name)).Select(p => (JsonNode?)JsonValue.Create(p.Value)).ToArray();
                if (items.Length > 0) input[member.Name] = new JsonArray(items);
                continue;
            }
            var value = form.FirstOrDefault(p => p.Key == name);
            if (value.Key is not null) input[member.Name] = value.Value;
        }
        return input;
    }

    public static JsonObject FromJsonBody(Operation operation, byte[] body)
    {
        var input = new JsonObject();
        if (operation.Input is not { } shape || body.Length == 0) return input;
        if (JsonNode.Parse(body) is not JsonObject json) throw new UnrecognizedRequestException($"{operation}: the request body is not a JSON object");
        foreach (var member in shape.Members)
        {
            if (member.Location == MemberLocation.Body && json[member.WireName] is { } value) input[member.Name] = value.DeepClone();
        }
        return input;
    }

    public static JsonObject FromRest(Operation operation, FakeRequest request, IReadOnlyDictionary<string, string> labels)
    {
        var input = new JsonObject();
        if (operation.Input is not { } shape) return input;
        JsonObject? jsonBody = null;
        if (operation.Service.Protocol == WireProtocol.RestJson && request.Body.Length > 0 && shape.Payload is null)
        {
            try
            {
                jsonBody = JsonNode.Parse(request.Body) as JsonObject;
            }
            catch (JsonException e)
            {
                throw new UnrecognizedRequestException($"{operation}: the request body is not JSON ({e.Message})");
            }
        }
        foreach (var member in shape.Members)
        {
            var value = member.Location switch
            {
                MemberLocation.Uri => labels.TryGetValue(member.WireName, out var label) ? label : null,
                MemberLocation.QueryString => request.QueryValue(member.WireName),
                MemberLocation.Header => request.Header(member.WireName),
                _ => null,
            };
            if (value is not null) input[member.Name] = value;
            else if (member.Location == MemberLocation.Body && jsonBody?[member.WireName] is { } bodyValue) input[member.Name] = bodyValue.DeepClone();
        }
        return input;
    }

    private static bool IsListItem(string key, string name)
    {
        if (!key.StartsWith(name + ".", StringComparison.Ordinal)) return false;
        var rest = key[(name.Length + 1)..];
        if (rest.StartsWith("member.", StringComparison.Ordinal)) rest = rest["member.".Length..];
        return rest.All(char.IsAsciiDigit) && rest.Length > 0;
    }

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
