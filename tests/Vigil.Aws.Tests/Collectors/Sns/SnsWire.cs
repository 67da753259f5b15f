using System.Security;

namespace Vigil.Aws.Tests.Collectors.Sns;

/// <summary>SNS query-protocol response bodies as AWS sends them.</summary>
internal static class SnsWire
{
    public static HttpResponseMessage Response(string operation, string result) => S3.FakeReply.Xml(
        $"<{operation}Response xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><{operation}Result>{result}</{operation}Result>"
        + $"<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></{operation}Response>");

    public static HttpResponseMessage Attributes(params (string Key, string Value)[] entries) => Response("GetTopicAttributes",
        "<Attributes>" + string.Concat(entries.Select(e => $"<entry><key>{e.Key}</key><value>{SecurityElement.Escape(e.Value)}</value></entry>")) + "</Attributes>");
}
