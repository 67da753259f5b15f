using System.Net;
using System.Text;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>Answers as AWS sends them on the wire.</summary>
internal static class FakeReply
{
    public static HttpResponseMessage Xml(string body, HttpStatusCode status = HttpStatusCode.OK) => Make(status, body, "text/xml");

    public static HttpResponseMessage Json(string body, string jsonVersion = "1.1") => Make(HttpStatusCode.OK, body, $"application/x-amz-json-{jsonVersion}");

    /// <summary>A rest-xml (S3, S3 Control) error.</summary>
    public static HttpResponseMessage S3Error(HttpStatusCode status, string code, string message = "") =>
        Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message><RequestId>req-1</RequestId><HostId>host</HostId></Error>", status);

    /// <summary>A query-protocol (SNS) error.</summary>
    public static HttpResponseMessage QueryError(HttpStatusCode status, string code, string message = "") =>
        Xml($"<ErrorResponse xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>", status);

    /// <summary>A json-protocol error.</summary>
    public static HttpResponseMessage JsonError(HttpStatusCode status, string type, string message = "", string jsonVersion = "1.1") =>
        Make(status, $$"""{"__type":"{{type}}","message":"{{message}}"}""", $"application/x-amz-json-{jsonVersion}");

    public static HttpResponseMessage AccessDenied(string service) => service switch
    {
        "s3" or "s3control" => S3Error(HttpStatusCode.Forbidden, "AccessDenied", "Access Denied"),
        "sns" => QueryError(HttpStatusCode.Forbidden, "AuthorizationError", "not authorized"),
        "dynamodb" => JsonError(HttpStatusCode.BadRequest, "com.amazonaws.dynamodb.v20120810#AccessDeniedException", "not authorized", "1.0"),
        "cloudwatch" or "sqs" => JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized", "1.0"),
        _ => JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized"),
    };

    private static HttpResponseMessage Make(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
