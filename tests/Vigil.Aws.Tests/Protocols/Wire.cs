using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;
using Vigil.Aws.Protocols;

namespace Vigil.Aws.Tests.Protocols;

/// <summary>Serialises and deserialises through the embedded models, as the executor does.</summary>
internal static class Wire
{
    public static Operation Operation(string service, string operation) => ModelCatalog.Default.Operation(service, operation);

    public static AwsHttpRequest Request(string service, string operation, string inputJson = "{}")
    {
        var model = Operation(service, operation);
        return WireFormat.For(model.Service.Protocol).Serialize(model, JsonNode.Parse(inputJson)!.AsObject());
    }

    public static string Body(AwsHttpRequest request) => Encoding.UTF8.GetString(request.Body);

    public static JsonObject Output(string service, string operation, string body, int status = 200, params (string Name, string Value)[] headers)
    {
        var model = Operation(service, operation);
        return WireFormat.For(model.Service.Protocol).Deserialize(model, Response(body, status, headers));
    }

    public static AwsErrorDetails Error(string service, string operation, string body, int status, params (string Name, string Value)[] headers)
    {
        var model = Operation(service, operation);
        return WireFormat.For(model.Service.Protocol).ReadError(model, Response(body, status, headers));
    }

    public static AwsHttpResponse Response(string body, int status = 200, params (string Name, string Value)[] headers) => new()
    {
        StatusCode = status,
        Body = Encoding.UTF8.GetBytes(body),
        Headers = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase),
    };
}
