using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Vigil.Aws.Http;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>A tiny STS on 127.0.0.1: it rebuilds each request from what arrived on the socket, checks its SigV4
/// signature with the secret it knows, and answers GetCallerIdentity (or SignatureDoesNotMatch).</summary>
internal sealed partial class SigningStsEndpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly SigningCredentials _credentials;

    public SigningStsEndpoint(SigningCredentials credentials)
    {
        _credentials = credentials;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }
    public List<string> Verdicts { get; } = [];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var verdict = Verify(context.Request, body);
            lock (Verdicts) Verdicts.Add(verdict);
            var ok = verdict == "valid" && body.StartsWith("Action=GetCallerIdentity&", StringComparison.Ordinal);
            context.Response.StatusCode = ok ? 200 : 403;
            context.Response.ContentType = "text/xml";
            var answer = ok
                ? "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/scanner</Arn><UserId>AIDASCANNER</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>e2e-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
                : $"<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>{verdict}</Message></Error><RequestId>e2e-2</RequestId></ErrorResponse>";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private string Verify(HttpListenerRequest received, string body)
    {
        var authorization = received.Headers["Authorization"] ?? "";
        var match = AuthorizationPattern().Match(authorization);
        if (!match.Success) return $"malformed Authorization header '{authorization}'";
        if (match.Groups["key"].Value != _credentials.AccessKeyId) return "unknown access key";
        var rebuilt = new AwsHttpRequest
        {
            Method = received.HttpMethod,
            Endpoint = Url,
            Path = received.Url!.AbsolutePath,
            Body = Encoding.UTF8.GetBytes(body),
        };
        foreach (var name in match.Groups["headers"].Value.Split(';'))
        {
            var value = received.Headers[name];
            if (value is null) return $"signed header {name} did not arrive";
            rebuilt.Headers[name] = value;
        }
        var time = DateTimeOffset.ParseExact(received.Headers["x-amz-date"]!, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal);
        SigV4Signer.Sign(rebuilt, _credentials, match.Groups["region"].Value, match.Groups["service"].Value, time, s3Rules: false);
        return rebuilt.Headers["Authorization"] == authorization ? "valid" : "signature mismatch";
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<headers>[^,]+), Signature=[0-9a-f]{64}$")]
    private static partial Regex AuthorizationPattern();
}
