using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.Time.Testing;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;
using Vigil.Aws.Tests.Execution;

namespace Vigil.Aws.Tests.Collectors.S3;

/// <summary>A fake AWS endpoint that routes each request by service and operation to a scripted answer; a request
/// nothing answers gets an error naming it (so a test sees it as a collection error).</summary>
internal sealed class FakeAws : IDisposable
{
    private static readonly Dictionary<string, string> S3SubResources = new(StringComparer.Ordinal)
    {
        ["acl"] = "GetBucketAcl", ["policy"] = "GetBucketPolicy", ["publicAccessBlock"] = "GetPublicAccessBlock",
        ["encryption"] = "GetBucketEncryption", ["versioning"] = "GetBucketVersioning", ["logging"] = "GetBucketLogging",
        ["object-lock"] = "GetObjectLockConfiguration", ["replication"] = "GetBucketReplication",
        ["ownershipControls"] = "GetBucketOwnershipControls", ["lifecycle"] = "GetBucketLifecycleConfiguration",
        ["notification"] = "GetBucketNotificationConfiguration", ["location"] = "GetBucketLocation",
        ["tagging"] = "GetBucketTagging",
    };

    private readonly Dictionary<string, Func<FakeRequest, HttpResponseMessage>> _routes = new(StringComparer.Ordinal);

    public FakeAws()
    {
        Handler = new ScriptedHandler(Time, (_, message, body, _) => Task.FromResult(Answer(message, body)));
        Client = new AwsClient(new StaticCredentialSource(new SigningCredentials("AKIDEXAMPLE", "secret")),
            new AwsClientOptions { EndpointUrl = new Uri("http://aws.test/"), Environment = _ => null, MaxAttempts = 1 }, Handler, Time, random: new FixedRandom(0.5));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public ScriptedHandler Handler { get; }
    public AwsClient Client { get; }
    public List<FakeRequest> Requests { get; } = [];

    /// <summary>Answers "service:Operation" requests.</summary>
    public FakeAws On(string serviceOperation, Func<FakeRequest, HttpResponseMessage> answer)
    {
        _routes[serviceOperation] = answer;
        return this;
    }

    /// <summary>Answers "service:Operation" requests naming one resource (a bucket, an access point); takes precedence.</summary>
    public FakeAws On(string serviceOperation, string resource, Func<FakeRequest, HttpResponseMessage> answer)
    {
        _routes[$"{serviceOperation}@{resource}"] = answer;
        return this;
    }

    public IEnumerable<FakeRequest> Calls(string serviceOperation) =>
        Requests.Where(r => $"{r.Service}:{r.Operation}" == serviceOperation);

    public void Dispose() => Client.Dispose();

    private HttpResponseMessage Answer(HttpRequestMessage message, string body)
    {
        var request = Parse(message, body);
        lock (Requests) Requests.Add(request);
        var key = $"{request.Service}:{request.Operation}";
        return _routes.TryGetValue($"{key}@{request.Resource}", out var answer) || _routes.TryGetValue(key, out answer)
            ? answer(request)
            : FakeReply.S3Error(HttpStatusCode.BadRequest, $"NotScripted:{request.Service}:{request.Operation}:{request.Resource}");
    }

    private static FakeRequest Parse(HttpRequestMessage message, string body)
    {
        var scope = string.Join(",", message.Headers.GetValues("Authorization")).Split("Credential=")[1].Split(',')[0].Split('/');
        var (region, signingName) = (scope[2], scope[3]);
        var query = HttpUtility.ParseQueryString(message.RequestUri!.Query);
        var parameters = query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k] ?? "", StringComparer.Ordinal);
        var path = Uri.UnescapeDataString(message.RequestUri.AbsolutePath);
        var json = new JsonObject();

        if (message.Headers.TryGetValues("X-Amz-Target", out var targets))
        {
            json = JsonNode.Parse(body.Length == 0 ? "{}" : body)!.AsObject();
            var operation = targets.Single().Split('.')[^1];
            return new FakeRequest(signingName == "monitoring" ? "cloudwatch" : signingName, operation, region, null, json, parameters);
        }
        if (message.Method == HttpMethod.Post && body.Contains("Action=", StringComparison.Ordinal))
        {
            var form = HttpUtility.ParseQueryString(body);
            var formParameters = form.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => form[k] ?? "", StringComparer.Ordinal);
            return new FakeRequest(signingName, formParameters["Action"], region, null, json, formParameters);
        }
        if (path.StartsWith("/v20180820/", StringComparison.Ordinal))
        {
            var segments = path["/v20180820/".Length..].Split('/');
            var operation = segments switch
            {
                ["configuration", "publicAccessBlock"] => "GetPublicAccessBlock",
                ["accesspoint"] => "ListAccessPoints",
                ["accesspoint", _] => "GetAccessPoint",
                ["accesspoint", _, "policy"] => "GetAccessPointPolicy",
                _ => "Unknown:" + path,
            };
            return new FakeRequest("s3control", operation, region, segments.Length > 1 ? segments[1] : null, json, parameters);
        }
        var bucket = path.Trim('/');
        var subResource = parameters.Keys.FirstOrDefault(S3SubResources.ContainsKey)
            ?? (query.GetValues(null) ?? []).FirstOrDefault(S3SubResources.ContainsKey);
        var s3Operation = bucket.Length == 0 ? "ListBuckets" : subResource is null ? "Unknown:" + message.RequestUri : S3SubResources[subResource];
        return new FakeRequest("s3", s3Operation, region, bucket.Length == 0 ? null : bucket, json, parameters);
    }
}
