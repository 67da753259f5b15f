using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The rest-xml protocol (S3, S3 Control, CloudFront): a REST request with an XML body, and an XML
/// response body plus header members.</summary>
internal sealed class RestXmlWireFormat : WireFormat
{
    public override AwsHttpRequest Serialize(Operation operation, JsonObject input)
    {
        var (request, body) = RestRequestBuilder.Build(operation, input);
        if (operation.Input is not { } shape) return request;
        if (shape.Payload is { } payloadName)
        {
            var (member, value) = body.FirstOrDefault(b => b.Member.Name == payloadName);
            if (value is null) return request;
            request.Body = member.Shape.Type switch
            {
                ShapeType.Structure => Xml(XmlShapeWriter.Root(member.LocationName ?? member.Shape.LocationName ?? member.Name, member, value, member.XmlNamespace, operation.Name)),
                ShapeType.Blob => Convert.FromBase64String(ScalarText.Of(member.Shape, value, Timestamps.Iso8601, operation.Name)),
                _ => Encoding.UTF8.GetBytes(ScalarText.Of(member.Shape, value, Timestamps.Iso8601, operation.Name)),
            };
        }
        else if (body.Count > 0)
        {
            var names = body.Select(b => b.Member.Name).ToHashSet(StringComparer.Ordinal);
            var bodyInput = new JsonObject(input.Where(p => names.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            var bodyShape = new Member(shape.Name, shape);
            request.Body = Xml(XmlShapeWriter.Root(operation.InputLocationName ?? shape.LocationName ?? shape.Name, bodyShape, bodyInput, operation.InputXmlNamespace, operation.Name));
        }
        return request;
    }

    public override JsonObject Deserialize(Operation operation, AwsHttpResponse response)
    {
        if (operation.Output is not { } shape) return [];
        var result = new JsonObject();
        if (shape.Payload is { } payloadName && shape.FindMember(payloadName) is { } payload)
        {
            var value = payload.Shape.Type == ShapeType.Structure
                ? response.Body.Length == 0 ? null : XmlShapeReader.Structure(payload.Shape, QueryWireFormat.ParseXml(operation, response.Body))
                : RestResponseReader.RawPayload(payload, response);
            if (value is not null) result[payload.Name] = value;
        }
        else if (response.Body.Length > 0)
        {
            var root = QueryWireFormat.ParseXml(operation, response.Body);
            result = RootIsScalarMember(shape, root) is { } member
                ? new JsonObject { [member.Name] = ScalarNode.FromText(member.Shape, root.Value, $"{operation}.{member.Name}") }
                : XmlShapeReader.Structure(shape, root);
        }
        RestResponseReader.AddHeaderMembers(shape, response, result);
        return result;
    }

    public override AwsErrorDetails ReadError(Operation operation, AwsHttpResponse response) => XmlErrorReader.Read(response);

    /// <summary>S3's GetBucketLocation answers with the member itself as the root element
    /// (&lt;LocationConstraint&gt;eu-west-1&lt;/LocationConstraint&gt;) rather than inside an output element.</summary>
    private static Member? RootIsScalarMember(Shape shape, XElement root) =>
        root.HasElements ? null : shape.Members.FirstOrDefault(m => m.Location == MemberLocation.Body
            && m.WireName == root.Name.LocalName && m.Shape.Type is not (ShapeType.Structure or ShapeType.List or ShapeType.Map));

    private static byte[] Xml(XElement root) => Encoding.UTF8.GetBytes(root.ToString(SaveOptions.DisableFormatting));
}
