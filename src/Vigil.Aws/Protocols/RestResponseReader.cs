using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The parts of a REST response that rest-json and rest-xml share: header, prefixed-headers and status
/// code members, and a blob or string payload taken as the whole body.</summary>
internal static class RestResponseReader
{
    public static void AddHeaderMembers(Shape output, AwsHttpResponse response, JsonObject result)
    {
        foreach (var member in output.Members)
        {
            switch (member.Location)
            {
                case MemberLocation.Header when response.Header(member.WireName) is { } text:
                    result[member.Name] = HeaderValue(member, text);
                    break;
                case MemberLocation.Headers:
                    var map = new JsonObject();
                    foreach (var (name, value) in response.Headers)
                    {
                        if (name.StartsWith(member.WireName, StringComparison.OrdinalIgnoreCase)) map[name[member.WireName.Length..]] = value;
                    }
                    if (map.Count > 0) result[member.Name] = map;
                    break;
                case MemberLocation.StatusCode:
                    result[member.Name] = response.StatusCode;
                    break;
            }
        }
    }

    /// <summary>The payload member when it is a blob (base64) or a string (the body's text).</summary>
    public static JsonNode? RawPayload(Member payload, AwsHttpResponse response)
    {
        if (response.Body.Length == 0) return null;
        return payload.Shape.Type == ShapeType.Blob
            ? JsonValue.Create(Convert.ToBase64String(response.Body))
            : JsonValue.Create(Encoding.UTF8.GetString(response.Body));
    }

    private static JsonNode? HeaderValue(Member member, string text)
    {
        var where = $"header {member.WireName}";
        if (member.JsonValue) return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
        if (member.Shape.Type == ShapeType.List)
        {
            return new JsonArray(text.Split(',').Select(part => ScalarNode.FromText(member.Shape.ListMember!.Shape, part.Trim(), where)).ToArray());
        }
        return ScalarNode.FromText(member.Shape, text, where);
    }
}
