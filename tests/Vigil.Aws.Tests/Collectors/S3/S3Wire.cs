using System.Net;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>S3 and S3 Control response bodies as AWS sends them.</summary>
internal static class S3Wire
{
    public const string Ns = "http://s3.amazonaws.com/doc/2006-03-01/";
    public const string ControlNs = "http://awss3control.amazonaws.com/doc/2018-08-20/";

    public static HttpResponseMessage Xml(string root, string inner = "", string ns = Ns) =>
        FakeReply.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root} xmlns=\"{ns}\">{inner}</{root}>");

    public static HttpResponseMessage ListBuckets(string? continuationToken, params string[] names) => Xml("ListAllMyBucketsResult",
        "<Owner><ID>owner-canonical-id</ID><DisplayName>owner</DisplayName></Owner><Buckets>"
        + string.Concat(names.Select(n => $"<Bucket><Name>{n}</Name><CreationDate>2024-01-02T03:04:05.000Z</CreationDate></Bucket>"))
        + "</Buckets>" + (continuationToken is null ? "" : $"<ContinuationToken>{continuationToken}</ContinuationToken>"));

    public static HttpResponseMessage Location(string? region) => region is null
        ? FakeReply.Xml($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"{Ns}\"/>")
        : Xml("LocationConstraint", region);

    public static HttpResponseMessage PublicAccessBlock(bool acls, bool ignore, bool policy, bool restrict, string ns = Ns) => Xml("PublicAccessBlockConfiguration",
        $"<BlockPublicAcls>{Text(acls)}</BlockPublicAcls><IgnorePublicAcls>{Text(ignore)}</IgnorePublicAcls>"
        + $"<BlockPublicPolicy>{Text(policy)}</BlockPublicPolicy><RestrictPublicBuckets>{Text(restrict)}</RestrictPublicBuckets>", ns);

    public static HttpResponseMessage NotFound(string code) => FakeReply.S3Error(HttpStatusCode.NotFound, code, "The configuration does not exist");

    private static string Text(bool value) => value ? "true" : "false";
}
