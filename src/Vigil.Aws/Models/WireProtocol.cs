namespace Vigil.Aws.Models;

/// <summary>The five AWS wire protocols Vigil speaks (botocore's names: query, ec2, json, rest-json, rest-xml).</summary>
public enum WireProtocol
{
    Query,
    Ec2,
    Json,
    RestJson,
    RestXml,
}
