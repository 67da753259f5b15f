using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vigil.Aws.Http;

namespace Vigil.Aws.Protocols;

/// <summary>Error responses of the XML protocols: &lt;ErrorResponse&gt;&lt;Error&gt; (query),
/// &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt; (ec2) and &lt;Error&gt; (S3). A body-less error (HEAD, some 5xx) is
/// named by its status code, as botocore does.</summary>
internal static class XmlErrorReader
{
    public static AwsErrorDetails Read(AwsHttpResponse response)
    {
        var headerRequestId = response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
        if (response.Body.Length == 0) return FromStatus(response, headerRequestId);
        XElement root;
        try
        {
            root = XDocument.Parse(Encoding.UTF8.GetString(response.Body)).Root!;
        }
        catch (XmlException)
        {
            return FromStatus(response, headerRequestId, Encoding.UTF8.GetString(response.Body));
        }
        var error = root.Name.LocalName == "Error" ? root : root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
        var code = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value;
        if (string.IsNullOrEmpty(code)) return FromStatus(response, headerRequestId, Encoding.UTF8.GetString(response.Body));
        var message = error!.Elements().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value ?? "";
        var requestId = root.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName is "RequestId" or "RequestID")?.Value ?? headerRequestId;
        return new AwsErrorDetails(code, message, requestId);
    }

    internal static AwsErrorDetails FromStatus(AwsHttpResponse response, string? requestId, string body = "")
    {
        var reason = body.Length > 0 ? body[..Math.Min(body.Length, 200)] : $"HTTP {response.StatusCode} without an error body";
        return new AwsErrorDetails(response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, requestId);
    }
}
