using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The query protocol (IAM, STS, RDS, SNS, ELB) and its ec2 variant: a form-encoded POST with Action and
/// Version; an XML response, wrapped in &lt;OperationResult&gt; for query and bare for ec2.</summary>
internal sealed class QueryWireFormat(bool ec2) : WireFormat
{
    private readonly QueryParameters _parameters = new(ec2);

    public override AwsHttpRequest Serialize(Operation operation, JsonObject input)
    {
        var pairs = new List<KeyValuePair<string, string>> { new("Action", operation.Name), new("Version", operation.Service.ApiVersion) };
        if (operation.Input is { } shape) pairs.AddRange(_parameters.Flatten(shape, input));
        else if (input.Count > 0) throw new ArgumentException($"{operation.Name} takes no input, got {input.ToJsonString()}");
        var request = new AwsHttpRequest
        {
            Method = "POST",
            Body = Encoding.UTF8.GetBytes(string.Join('&', pairs.Select(p => UriEncoding.Encode(p.Key) + "=" + UriEncoding.Encode(p.Value)))),
        };
        request.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
        return request;
    }

    public override JsonObject Deserialize(Operation operation, AwsHttpResponse response)
    {
        if (operation.Output is not { } shape || response.Body.Length == 0) return [];
        var root = ParseXml(operation, response.Body);
        var start = ec2 || operation.ResultWrapper is null
            ? root
            : root.Elements().FirstOrDefault(e => e.Name.LocalName == operation.ResultWrapper);
        return start is null ? [] : XmlShapeReader.Structure(shape, start);
    }

    public override AwsErrorDetails ReadError(Operation operation, AwsHttpResponse response) => XmlErrorReader.Read(response);

    internal static XElement ParseXml(Operation operation, byte[] body)
    {
        try
        {
            return XDocument.Parse(Encoding.UTF8.GetString(body)).Root
                ?? throw new InvalidDataException($"{operation}: the response XML has no root element");
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{operation}: the response is not well-formed XML ({e.Message})", e);
        }
    }
}
