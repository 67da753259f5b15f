using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>The query protocol's &lt;OpResponse&gt;&lt;OpResult&gt;...&lt;/OpResult&gt;&lt;ResponseMetadata&gt;
/// and the ec2 protocol's &lt;OpResponse&gt;&lt;requestId&gt;... (members straight under the root), both in the
/// service's namespace; errors as &lt;ErrorResponse&gt; (query) or &lt;Response&gt;&lt;Errors&gt; (ec2).</summary>
internal sealed class QueryResponseEncoder(bool ec2) : ResponseEncoder
{
    public override FakeResponse Encode(Operation operation, JsonObject output, string requestId)
    {
        var ns = Namespace(operation.Service);
        var root = new XElement(ns + (operation.Name + "Response"));
        var writer = new XmlBodyWriter(ns, milliseconds: ec2);
        if (ec2)
        {
            root.Add(new XElement(ns + "requestId", requestId));
            if (operation.Output is { } shape) writer.WriteMembers(root, shape, output, operation.ToString());
        }
        else
        {
            if (operation.Output is { } shape)
            {
                var result = new XElement(ns + (operation.ResultWrapper ?? operation.Name + "Result"));
                writer.WriteMembers(result, shape, output, operation.ToString());
                root.Add(result);
            }
            root.Add(new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", requestId)));
        }
        return new FakeResponse(200, Headers("text/xml", requestId), Xml(root));
    }

    public override FakeResponse EncodeError(Operation operation, FakeError error, string requestId, bool headRequest)
    {
        XElement root;
        if (ec2)
        {
            root = new XElement("Response",
                new XElement("Errors", new XElement("Error", new XElement("Code", error.Code), new XElement("Message", error.Message))),
                new XElement("RequestID", requestId));
        }
        else
        {
            var ns = Namespace(operation.Service);
            root = new XElement(ns + "ErrorResponse",
                new XElement(ns + "Error",
                    new XElement(ns + "Type", error.Status >= 500 ? "Receiver" : "Sender"),
                    new XElement(ns + "Code", error.Code),
                    new XElement(ns + "Message", error.Message)),
                new XElement(ns + "RequestId", requestId));
        }
        return new FakeResponse(error.Status, Headers("text/xml", requestId), Xml(root));
    }

    /// <summary>botocore drops the trailing slash of EC2's namespace; EC2 itself sends it.</summary>
    internal static XNamespace Namespace(ServiceModel service)
    {
        var uri = service.XmlNamespace ?? $"https://{service.EndpointPrefix}.amazonaws.com/doc/{service.ApiVersion}/";
        return XNamespace.Get(uri.EndsWith('/') ? uri : uri + "/");
    }

    internal static byte[] Xml(XElement root) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting));
}
