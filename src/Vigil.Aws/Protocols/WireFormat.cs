using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>One wire protocol: builds the HTTP request for an operation from a neutral input object, reads a
/// successful response into the neutral tree (botocore member names) and reads an error response.</summary>
internal abstract class WireFormat
{
    private static readonly WireFormat Query = new QueryWireFormat(ec2: false);
    private static readonly WireFormat Ec2 = new QueryWireFormat(ec2: true);
    private static readonly WireFormat Json = new JsonWireFormat();
    private static readonly WireFormat RestJson = new RestJsonWireFormat();
    private static readonly WireFormat RestXml = new RestXmlWireFormat();

    public static WireFormat For(WireProtocol protocol) => protocol switch
    {
        WireProtocol.Query => Query,
        WireProtocol.Ec2 => Ec2,
        WireProtocol.Json => Json,
        WireProtocol.RestJson => RestJson,
        WireProtocol.RestXml => RestXml,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown wire protocol"),
    };

    public abstract AwsHttpRequest Serialize(Operation operation, JsonObject input);

    /// <summary>Throws <see cref="InvalidDataException"/> when the body does not fit the output shape.</summary>
    public abstract JsonObject Deserialize(Operation operation, AwsHttpResponse response);

    public abstract AwsErrorDetails ReadError(Operation operation, AwsHttpResponse response);
}
