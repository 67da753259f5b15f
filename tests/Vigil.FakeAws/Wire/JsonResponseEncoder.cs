using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The json protocol: the output as a JSON body (application/x-amz-json-1.0 or 1.1); errors as
/// {"__type", "message"}, with the query-protocol code in x-amzn-query-error for query-compatible services.</summary>
internal sealed class JsonResponseEncoder : ResponseEncoder
{
    public override FakeResponse Encode(Operation operation, JsonObject output, string requestId)
    {
        var body = operation.Output is { } shape ? JsonBodyWriter.Structure(shape, output, operation.ToString(), _ => true) : [];
        return new FakeResponse(200, Headers(ContentType(operation.Service), requestId), Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    public override FakeResponse EncodeError(Operation operation, FakeError error, string requestId, bool headRequest)
    {
        var service = operation.Service;
        var headers = Headers(ContentType(service), requestId);
        var type = error.Code;
        if (service.AwsQueryCompatible)
        {
            headers["x-amzn-query-error"] = $"{error.Code};{(error.Status >= 500 ? "Receiver" : "Sender")}";
            type = $"com.amazonaws.{service.EndpointPrefix}#{error.Code}";
        }
        var body = new JsonObject { ["__type"] = type, ["message"] = error.Message };
        return new FakeResponse(error.Status, headers, Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    private static string ContentType(ServiceModel service) => $"application/x-amz-json-{service.JsonVersion ?? "1.0"}";
}
