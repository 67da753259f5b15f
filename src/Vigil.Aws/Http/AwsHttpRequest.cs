namespace Vigil.Aws.Http;

/// <summary>An HTTP request as the wire protocols build it and the signer signs it: the path is already
/// percent-encoded as it goes on the wire; query parameters are kept decoded and encoded once when sent.</summary>
public sealed class AwsHttpRequest
{
    public required string Method { get; init; }
    /// <summary>scheme://host[:port], without path; set by endpoint resolution.</summary>
    public Uri? Endpoint { get; set; }
    public string Path { get; set; } = "/";
    public List<KeyValuePair<string, string>> Query { get; } = [];
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public byte[] Body { get; set; } = [];
    /// <summary>The S3 bucket named in the path, which virtual-hosted addressing moves into the host name.</summary>
    public string? Bucket { get; set; }
    /// <summary>A filled host prefix ("123456789012.") to put before the endpoint's host name.</summary>
    public string? HostPrefix { get; set; }

    /// <summary>The host header value: the host, with the port when it is not the scheme's default.</summary>
    public string Authority => Endpoint is null
        ? throw new InvalidOperationException("The request has no endpoint yet")
        : Endpoint.IsDefaultPort ? Endpoint.IdnHost : $"{Endpoint.IdnHost}:{Endpoint.Port}";

    /// <summary>The full URI: endpoint, path, and the query encoded the way it is signed.</summary>
    public Uri ToUri()
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(p => UriEncoding.Encode(p.Key) + "=" + UriEncoding.Encode(p.Value)));
        return new Uri($"{Endpoint?.GetLeftPart(UriPartial.Authority) ?? throw new InvalidOperationException("The request has no endpoint yet")}{Path}{query}");
    }
}
