using System.Net;
using Vigil.Aws.Collection;
using Vigil.Aws.Tests.Execution;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.ComputeTesting;

/// <summary>A fake AWS account behind a real AwsClient: answers are routed by service and operation, each answer
/// a wire-format body as AWS sends it; the route registered last wins (so a test can override one answer of a
/// scripted estate); an unrouted call fails the test with the operation it was.</summary>
internal sealed class FakeAws : IDisposable
{
    public const string AccountId = "123456789012";
    public const string Region = "eu-west-1";

    private readonly List<(string Service, Func<FakeRequest, bool> Matches, Func<FakeRequest, HttpResponseMessage> Answer)> _routes = [];
    private readonly ClientHarness _harness;

    public FakeAws() => _harness = new ClientHarness((_, request, body, _) => Task.FromResult(Route(request, body)));

    public List<FakeRequest> Requests { get; } = [];

    /// <summary>Answers <paramref name="operation"/> (a query/ec2 Action or json operation) of <paramref name="service"/> (host label).</summary>
    public FakeAws On(string service, string operation, Func<FakeRequest, HttpResponseMessage> answer) =>
        On(service, r => r.Operation == operation, answer);

    public FakeAws On(string service, Func<FakeRequest, bool> matches, Func<FakeRequest, HttpResponseMessage> answer)
    {
        _routes.Add((service, matches, answer));
        return this;
    }

    public FakeAws OnXml(string service, string operation, string xml) => On(service, operation, _ => Xml(xml));

    public static HttpResponseMessage Xml(string body, HttpStatusCode status = HttpStatusCode.OK) => ScriptedHandler.Respond(status, body, "text/xml");

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) => ScriptedHandler.Respond(status, body, "application/json");

    /// <summary>EC2's error body for a denied call.</summary>
    public static HttpResponseMessage Ec2Denied() => Xml("""
        <Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>
        """, HttpStatusCode.Forbidden);

    /// <summary>The query protocol's error body for a denied call (RDS, ELB).</summary>
    public static HttpResponseMessage QueryDenied() => Xml("""
        <ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform this action</Message></Error><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ErrorResponse>
        """, HttpStatusCode.Forbidden);

    public async Task<Snapshot> CollectAsync(IResourceCollector collector)
    {
        var sink = new CollectionSink();
        var run = collector.CollectAsync(new CollectionTarget(_harness.Client, AccountId, Region), sink, CancellationToken.None);
        await _harness.RunAsync(Completion(run));
        return sink.Build([Region], _harness.Time.GetUtcNow());
    }

    public void Dispose() => _harness.Dispose();

    private static async Task<bool> Completion(Task run)
    {
        await run;
        return true;
    }

    private HttpResponseMessage Route(HttpRequestMessage message, string body)
    {
        var uri = message.RequestUri!;
        var headers = message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase);
        var request = new FakeRequest(uri.Host.Split('.')[0], message.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), uri.Query.TrimStart('?'), body, headers);
        lock (Requests) Requests.Add(request);
        foreach (var (service, matches, answer) in Enumerable.Reverse(_routes))
        {
            if (service == request.Service && matches(request)) return answer(request);
        }
        throw new InvalidOperationException($"The fake AWS has no answer for {request.Service} {request.Operation}");
    }
}
