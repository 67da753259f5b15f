using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Http;

namespace Vigil.Aws.Protocols;

/// <summary>Error responses of the JSON protocols. The code comes from x-amzn-query-error (query-compatible
/// services), the body's __type or code, or x-amzn-ErrorType, stripped of its namespace ("prefix#Code") and of
/// any ":url" suffix.</summary>
internal static class JsonErrorReader
{
    public static AwsErrorDetails Read(AwsHttpResponse response, bool queryCompatible, bool preferHeader)
    {
        var requestId = response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
        JsonObject? body = null;
        try
        {
            body = response.Body.Length == 0 ? null : JsonNode.Parse(response.Body) as JsonObject;
        }
        catch (JsonException)
        {
        }
        var headerCode = response.Header("x-amzn-ErrorType");
        var bodyCode = Text(body, "__type") ?? Text(body, "code") ?? Text(body, "Code");
        var code = preferHeader ? headerCode ?? bodyCode : bodyCode ?? headerCode;
        if (queryCompatible && response.Header("x-amzn-query-error") is { } queryError)
        {
            code = queryError.Split(';')[0];
        }
        var message = Text(body, "message") ?? Text(body, "Message") ?? Text(body, "errorMessage") ?? "";
        if (string.IsNullOrEmpty(code))
        {
            return XmlErrorReader.FromStatus(response, requestId, body is null ? Encoding.UTF8.GetString(response.Body) : message);
        }
        return new AwsErrorDetails(Sanitize(code), message, requestId);
    }

    internal static string Sanitize(string code)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) code = code[..colon];
        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
