using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Aws.Http;

namespace Vigil.Aws.Signing;

/// <summary>AWS Signature Version 4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
/// S3 differs in two ways: its path is signed exactly as sent (no dot-segment removal, no second encoding) and
/// the payload hash travels in x-amz-content-sha256.</summary>
public static class SigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Adds host, x-amz-date, x-amz-security-token (with a session token), x-amz-content-sha256 (S3) and
    /// Authorization to the request. Every header present when this is called is signed.</summary>
    public static void Sign(AwsHttpRequest request, SigningCredentials credentials, string region, string service, DateTimeOffset time, bool s3Rules)
    {
        var amzDate = time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (!request.Headers.ContainsKey("host")) request.Headers["host"] = request.Authority;
        request.Headers["x-amz-date"] = amzDate;
        if (credentials.SessionToken is { Length: > 0 } token) request.Headers["x-amz-security-token"] = token;
        var payloadHash = request.Headers.TryGetValue("x-amz-content-sha256", out var declared) ? declared : Hex(SHA256.HashData(request.Body));
        if (s3Rules) request.Headers["x-amz-content-sha256"] = payloadHash;

        var (canonicalRequest, signedHeaders) = CanonicalRequest(request, payloadHash, s3Rules);
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var signature = Hex(HMACSHA256.HashData(SigningKey(credentials.SecretAccessKey, amzDate[..8], region, service), Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers["Authorization"] = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    /// <summary>The canonical request and the signed header list of step 1 of SigV4.</summary>
    public static (string CanonicalRequest, string SignedHeaders) CanonicalRequest(AwsHttpRequest request, string payloadHash, bool s3Rules)
    {
        var headers = request.Headers
            .Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: CanonicalHeaderValue(h.Value)))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var signedHeaders = string.Join(';', headers.Select(h => h.Name));
        var builder = new StringBuilder();
        builder.Append(request.Method).Append('\n');
        builder.Append(s3Rules ? request.Path : UriEncoding.Encode(NormalizePath(request.Path), keepSlash: true)).Append('\n');
        builder.Append(CanonicalQuery(request.Query)).Append('\n');
        foreach (var (name, value) in headers) builder.Append(name).Append(':').Append(value).Append('\n');
        builder.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return (builder.ToString(), signedHeaders);
    }

    private static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join('&', query
            .Select(p => (Key: UriEncoding.Encode(p.Key), Value: UriEncoding.Encode(p.Value)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));

    private static string CanonicalHeaderValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value.Trim())
        {
            var isSpace = c is ' ' or '\t' or '\n' or '\r';
            if (isSpace && lastWasSpace) continue;
            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }
        return builder.ToString();
    }

    /// <summary>RFC 3986 dot-segment removal, with consecutive slashes collapsed as AWS services expect.</summary>
    internal static string NormalizePath(string path)
    {
        if (path.Length == 0) return "/";
        var output = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (output.Count > 0) output.RemoveAt(output.Count - 1);
                continue;
            }
            output.Add(segment);
        }
        var trailingSlash = output.Count > 0 && (path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal));
        return "/" + string.Join('/', output) + (trailingSlash ? "/" : "");
    }

    private static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8.ToArray());
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
