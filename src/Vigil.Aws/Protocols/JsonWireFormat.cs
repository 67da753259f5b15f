using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The json protocol (KMS, CloudTrail, Logs, DynamoDB, ...): POST / with X-Amz-Target and
/// application/x-amz-json-1.0 or 1.1, JSON in both directions.</summary>
internal sealed class JsonWireFormat : WireFormat
{
    public override AwsHttpRequest Serialize(Operation operation, JsonObject input)
    {
        var service = operation.Service;
        var body = operation.Input is { } shape ? JsonShapeWriter.Structure(shape, input, operation.Name, _ => true) : [];
        if (operation.Input is null && input.Count > 0) throw new ArgumentException($"{operation.Name} takes no input, got {input.ToJsonString()}");
        var request = new AwsHttpRequest { Method = "POST", Body = Encoding.UTF8.GetBytes(body.ToJsonString()) };
        request.Headers["X-Amz-Target"] = $"{service.TargetPrefix}.{operation.Name}";
        request.Headers["Content-Type"] = $"application/x-amz-json-{service.JsonVersion ?? "1.0"}";
        if (service.AwsQueryCompatible) request.Headers["x-amzn-query-mode"] = "true";
        return request;
    }

    public override JsonObject Deserialize(Operation operation, AwsHttpResponse response) =>
        operation.Output is { } shape && ParseBody(operation, response.Body) is { } body ? JsonShapeReader.Structure(shape, body) : [];

    public override AwsErrorDetails ReadError(Operation operation, AwsHttpResponse response) =>
        JsonErrorReader.Read(response, operation.Service.AwsQueryCompatible, preferHeader: false);

    internal static JsonObject? ParseBody(Operation operation, byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException($"{operation}: the response body is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{operation}: the response is not valid JSON ({e.Message})", e);
        }
    }
}
