using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The rest-xml protocol (S3, S3 Control, CloudFront): header and status-code members, and an XML body
/// rooted at the payload member or at the element AWS names the output (S3's ListAllMyBucketsResult,
/// AccessControlPolicy, ...); errors as &lt;Error&gt; (no body for HEAD).</summary>
internal sealed class RestXmlResponseEncoder : ResponseEncoder
{
    /// <summary>The root elements S3 sends for outputs without a payload member (S3 API reference, response syntax).</summary>
    private static readonly Dictionary<string, string> S3Roots = new(StringComparer.Ordinal)
    {
        ["ListBuckets"] = "ListAllMyBucketsResult",
        ["GetBucketAcl"] = "AccessControlPolicy",
        ["GetBucketLifecycleConfiguration"] = "LifecycleConfiguration",
        ["GetBucketLocation"] = "LocationConstraint",
        ["GetBucketLogging"] = "BucketLoggingStatus",
        ["GetBucketNotificationConfiguration"] = "NotificationConfiguration",
        ["GetBucketVersioning"] = "VersioningConfiguration",
        ["ListObjectsV2"] = "ListBucketResult",
        ["GetBucketTagging"] = "Tagging",
    };

    public override FakeResponse Encode(Operation operation, JsonObject output, string requestId)
    {
        var headers = Headers("application/xml", requestId);
        headers["x-amz-request-id"] = requestId;
        if (operation.Output is not { } shape) return new FakeResponse(200, headers, []);
        var where = operation.ToString();
        RestParts.CheckMembers(shape, output, where);
        var status = RestParts.Apply(shape, output, headers, where);
        var ns = Namespace(operation.Service);
        var writer = new XmlBodyWriter(ns, milliseconds: true);
        if (shape.Payload is { } payloadName && shape.FindMember(payloadName) is { } payload)
        {
            if (output[payload.Name] is not { } value) return new FakeResponse(status, headers, []);
            if (payload.Shape.Type != ShapeType.Structure) return new FakeResponse(status, headers, RestParts.RawPayload(payload, value, $"{where}.{payload.Name}"));
            var root = writer.Element(payload.LocationName ?? payload.Shape.LocationName ?? payload.Shape.Name, payload, value, $"{where}.{payload.Name}");
            return new FakeResponse(status, headers, QueryResponseEncoder.Xml(root));
        }
        var bodyMembers = shape.Members.Where(m => m.Location == MemberLocation.Body).ToList();
        if (bodyMembers.Count == 0) return new FakeResponse(status, headers, []);
        var rootName = operation.Service.Name == "s3" && S3Roots.TryGetValue(operation.Name, out var known) ? known : shape.LocationName ?? shape.Name;
        var element = new XElement(ns + rootName);
        if (bodyMembers.FirstOrDefault(m => m.WireName == rootName && m.Shape.Type is not (ShapeType.Structure or ShapeType.List or ShapeType.Map)) is { } scalarRoot)
        {
            if (output[scalarRoot.Name] is { } text) element.Add(WireScalars.Text(scalarRoot.Shape, text, WireScalars.Iso8601, true, where));
        }
        else
        {
            writer.WriteMembers(element, shape, new JsonObject(output.Where(p => shape.FindMember(p.Key)!.Location == MemberLocation.Body)
                .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))), where);
        }
        return new FakeResponse(status, headers, QueryResponseEncoder.Xml(element));
    }

    public override FakeResponse EncodeError(Operation operation, FakeError error, string requestId, bool headRequest)
    {
        var headers = Headers("application/xml", requestId);
        headers["x-amz-request-id"] = requestId;
        if (headRequest) return new FakeResponse(error.Status, headers, []);
        var root = new XElement("Error",
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            new XElement("RequestId", requestId),
            new XElement("HostId", "fake-host-id"));
        return new FakeResponse(error.Status, headers, QueryResponseEncoder.Xml(root));
    }

    private static XNamespace Namespace(ServiceModel service) => service.Name switch
    {
        "s3" => "http://s3.amazonaws.com/doc/2006-03-01/",
        "s3control" => "http://awss3control.amazonaws.com/doc/2018-08-20/",
        _ => $"http://{service.EndpointPrefix}.amazonaws.com/doc/{service.ApiVersion}/",
    };
}
