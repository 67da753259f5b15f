using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The rest-json protocol: header and status-code members, and a JSON body of the body members (or the
/// payload member); errors named by x-amzn-ErrorType with a {"message"} body.</summary>
internal sealed class RestJsonResponseEncoder : ResponseEncoder
{
    public override FakeResponse Encode(Operation operation, JsonObject output, string requestId)
    {
        var headers = Headers("application/json", requestId);
        if (operation.Output is not { } shape) return new FakeResponse(200, headers, []);
        var where = operation.ToString();
        RestParts.CheckMembers(shape, output, where);
        var status = RestParts.Apply(shape, output, headers, where);
        byte[] body;
        if (shape.Payload is { } payloadName && shape.FindMember(payloadName) is { } payload)
        {
            body = output[payload.Name] is not { } value ? []
                : payload.Shape.Type == ShapeType.Structure
                    ? Encoding.UTF8.GetBytes(JsonBodyWriter.Value(payload.Shape, null, value, $"{where}.{payload.Name}").ToJsonString())
                    : RestParts.RawPayload(payload, value, $"{where}.{payload.Name}");
            if (payload.Shape.Type == ShapeType.Blob) headers["Content-Type"] = "application/octet-stream";
        }
        else
        {
            body = Encoding.UTF8.GetBytes(JsonBodyWriter.Structure(shape, output, where, m => m.Location == MemberLocation.Body).ToJsonString());
        }
        return new FakeResponse(status, headers, body);
    }

    public override FakeResponse EncodeError(Operation operation, FakeError error, string requestId, bool headRequest)
    {
        var headers = Headers("application/json", requestId);
        headers["x-amzn-ErrorType"] = error.Code;
        var body = headRequest ? [] : Encoding.UTF8.GetBytes(new JsonObject { ["message"] = error.Message }.ToJsonString());
        return new FakeResponse(error.Status, headers, body);
    }
}
