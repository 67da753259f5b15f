using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Encodes an operation's output (a neutral tree shaped like the botocore output shape) or an error
/// into the service's wire protocol.</summary>
public abstract class ResponseEncoder
{
    private static readonly ResponseEncoder Query = new QueryResponseEncoder(ec2: false);
    private static readonly ResponseEncoder Ec2 = new QueryResponseEncoder(ec2: true);
    private static readonly ResponseEncoder Json = new JsonResponseEncoder();
    private static readonly ResponseEncoder RestJson = new RestJsonResponseEncoder();
    private static readonly ResponseEncoder RestXml = new RestXmlResponseEncoder();

    public static ResponseEncoder For(WireProtocol protocol) => protocol switch
    {
        WireProtocol.Query => Query,
        WireProtocol.Ec2 => Ec2,
        WireProtocol.Json => Json,
        WireProtocol.RestJson => RestJson,
        _ => RestXml,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the member when the tree does not fit the output shape.</summary>
    public abstract FakeResponse Encode(Operation operation, JsonObject output, string requestId);

    public abstract FakeResponse EncodeError(Operation operation, FakeError error, string requestId, bool headRequest);

    internal static Dictionary<string, string> Headers(string contentType, string requestId) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Type"] = contentType,
        ["x-amzn-RequestId"] = requestId,
    };
}
