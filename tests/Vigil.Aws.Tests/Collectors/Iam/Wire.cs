using System.Net;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>Response bodies as AWS sends them, per protocol.</summary>
internal static class Wire
{
    private const string IamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";

    /// <summary>A query-protocol (IAM) success: OPResponse/OPResult wrapping <paramref name="result"/>.</summary>
    public static HttpResponseMessage Iam(string operation, string result) => FakeAws.Respond(HttpStatusCode.OK,
        $"<{operation}Response xmlns=\"{IamNamespace}\"><{operation}Result>{result}</{operation}Result>" +
        $"<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></{operation}Response>", "text/xml");

    public static HttpResponseMessage IamError(HttpStatusCode status, string code, string message) => FakeAws.Respond(status,
        $"<ErrorResponse xmlns=\"{IamNamespace}\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>" +
        "<RequestId>4d9a1c2b-EXAMPLE</RequestId></ErrorResponse>", "text/xml");

    public static HttpResponseMessage IamAccessDenied(string action) => IamError(HttpStatusCode.Forbidden, "AccessDenied",
        $"User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: {action} on resource: *");

    /// <summary>A json-protocol (awsJson1_1) success.</summary>
    public static HttpResponseMessage Json(string body) => FakeAws.Respond(HttpStatusCode.OK, body, "application/x-amz-json-1.1");

    /// <summary>A json-protocol error: the code in the body's __type.</summary>
    public static HttpResponseMessage JsonError(HttpStatusCode status, string code, string message) =>
        FakeAws.Respond(status, $"{{\"__type\":\"{code}\",\"message\":\"{message}\"}}", "application/x-amz-json-1.1");

    /// <summary>A rest-json success.</summary>
    public static HttpResponseMessage RestJson(string body) => FakeAws.Respond(HttpStatusCode.OK, body, "application/json");

    /// <summary>A rest-json error: the code in the x-amzn-ErrorType header, the message in the body.</summary>
    public static HttpResponseMessage RestJsonError(HttpStatusCode status, string code, string message)
    {
        var response = FakeAws.Respond(status, $"{{\"message\":\"{message}\"}}", "application/json");
        response.Headers.Add("x-amzn-ErrorType", $"{code}:http://internal.amazon.com/coral/com.amazon.coral.service/");
        response.Headers.Add("x-amzn-RequestId", "b5a2e3f0-EXAMPLE");
        return response;
    }
}
