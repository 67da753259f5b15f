using System.Text.RegularExpressions;
using Vigil.Aws.Http;

namespace Vigil.Aws.Endpoints;

/// <summary>Points a built request at its endpoint: S3 buckets go into the host name (virtual-hosted style) when
/// the endpoint is AWS's and the name is DNS-safe without dots, otherwise they stay in the path; host prefixes
/// ("{AccountId}." for S3 Control) are added on AWS endpoints only.</summary>
public static partial class RequestAddressing
{
    public static void Apply(AwsHttpRequest request, ResolvedEndpoint endpoint)
    {
        var builder = new UriBuilder(endpoint.Url) { Path = "", Query = "" };
        var basePath = endpoint.Url.AbsolutePath.TrimEnd('/');
        var path = request.Path;
        if (!endpoint.IsCustom)
        {
            if (request.Bucket is { } bucket && VirtualHostable().IsMatch(bucket))
            {
                builder.Host = $"{bucket}.{builder.Host}";
                path = path[(1 + UriEncoding.Encode(bucket).Length)..];
                if (!path.StartsWith('/')) path = "/" + path;
            }
            if (request.HostPrefix is { } prefix) builder.Host = prefix + builder.Host;
        }
        request.Endpoint = builder.Uri;
        request.Path = basePath + path;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex VirtualHostable();
}
