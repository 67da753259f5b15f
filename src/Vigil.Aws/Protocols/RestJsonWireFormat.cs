using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The rest-json protocol (Lambda, EFS, GuardDuty, Backup, ...): a REST request with a JSON body, and a
/// JSON response body plus header members.</summary>
internal sealed class RestJsonWireFormat : WireFormat
{
    public override AwsHttpRequest Serialize(Operation operation, JsonObject input)
    {
        var (request, body) = RestRequestBuilder.Build(operation, input);
        if (operation.Input is not { } shape) return request;
        if (shape.Payload is { } payloadName)
        {
            var payload = body.FirstOrDefault(b => b.Member.Name == payloadName);
            if (payload.Value is not null) request.Body = PayloadBytes(payload.Member, payload.Value, operation.Name);
        }
        else if (body.Count > 0 || shape.Members.Any(m => m.Location == MemberLocation.Body))
        {
            var names = body.Select(b => b.Member.Name).ToHashSet(StringComparer.Ordinal);
            request.Body = Encoding.UTF8.GetBytes(JsonShapeWriter.Structure(shape, input, operation.Name, m => names.Contains(m.Name)).ToJsonString());
        }
        if (request.Body.Length > 0 && !request.Headers.ContainsKey("Content-Type")) request.Headers["Content-Type"] = "application/json";
        return request;
    }

    public override JsonObject Deserialize(Operation operation, AwsHttpResponse response)
    {
        if (operation.Output is not { } shape) return [];
        var result = new JsonObject();
        if (shape.Payload is { } payloadName && shape.FindMember(payloadName) is { } payload)
        {
            var value = payload.Shape.Type == ShapeType.Structure
                ? JsonWireFormat.ParseBody(operation, response.Body) is { } body ? JsonShapeReader.Structure(payload.Shape, body) : null
                : RestResponseReader.RawPayload(payload, response);
            if (value is not null) result[payload.Name] = value;
        }
        else if (JsonWireFormat.ParseBody(operation, response.Body) is { } body)
        {
            result = JsonShapeReader.Structure(shape, body);
        }
        RestResponseReader.AddHeaderMembers(shape, response, result);
        return result;
    }

    public override AwsErrorDetails ReadError(Operation operation, AwsHttpResponse response) =>
        JsonErrorReader.Read(response, queryCompatible: false, preferHeader: true);

    private static byte[] PayloadBytes(Member member, JsonNode value, string where) => member.Shape.Type switch
    {
        ShapeType.Structure => Encoding.UTF8.GetBytes(JsonShapeWriter.Write(member, value, where).ToJsonString()),
        ShapeType.Blob => Convert.FromBase64String(ScalarText.Of(member.Shape, value, Timestamps.Iso8601, where)),
        _ => Encoding.UTF8.GetBytes(ScalarText.Of(member.Shape, value, Timestamps.Iso8601, where)),
    };
}
