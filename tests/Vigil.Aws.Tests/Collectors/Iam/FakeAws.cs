using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using Vigil.Aws.Models;

namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>Answers requests by service and operation, recognised as AWS would: the signing scope names the service
/// and region; the query protocol's Action parameter, the json protocol's X-Amz-Target header, or the rest
/// protocols' method and path template name the operation. An operation without an answer is a 400
/// "UnscriptedOperation" and is listed in <see cref="Unscripted"/>.</summary>
internal sealed partial class FakeAws
{
    private readonly Dictionary<string, Func<FakeAwsCall, HttpResponseMessage>> _answers = new(StringComparer.Ordinal);

    public List<FakeAwsCall> Calls { get; } = [];
    public List<string> Unscripted { get; } = [];

    /// <summary>Answers every call of "service:Operation" (botocore names).</summary>
    public FakeAws On(string operation, Func<FakeAwsCall, HttpResponseMessage> answer)
    {
        _answers[operation] = answer;
        return this;
    }

    public FakeAws On(string operation, Func<HttpResponseMessage> answer) => On(operation, _ => answer());

    public IEnumerable<FakeAwsCall> CallsOf(string operation)
    {
        lock (Calls) return Calls.Where(c => c.Key == operation).ToList();
    }

    /// <summary>The IAM actions of every call made, sorted and distinct.</summary>
    public IReadOnlyList<string> Actions()
    {
        lock (Calls) return [.. Calls.Select(c => c.Action).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<HttpResponseMessage> AnswerAsync(int attempt, HttpRequestMessage request, string body, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var call = Recognise(request, body);
        lock (Calls) Calls.Add(call);
        if (_answers.TryGetValue(call.Key, out var answer)) return answer(call);
        lock (Unscripted) Unscripted.Add(call.Key);
        return Respond(HttpStatusCode.BadRequest, $"{{\"__type\":\"UnscriptedOperation\",\"message\":\"{call.Key}\"}}", "application/x-amz-json-1.1");
    }

    public static HttpResponseMessage Respond(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    private static FakeAwsCall Recognise(HttpRequestMessage request, string body)
    {
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? values.First() : throw new InvalidOperationException("unsigned request");
        var scope = CredentialScope().Match(authorization);
        if (!scope.Success) throw new InvalidOperationException($"no credential scope in '{authorization}'");
        var (region, signingName) = (scope.Groups["region"].Value, scope.Groups["service"].Value);
        var service = ModelCatalog.Default.Services.First(s => s.SigningName == signingName || s.Name == signingName);
        var uri = request.RequestUri!;
        var operation = service.Protocol switch
        {
            WireProtocol.Query or WireProtocol.Ec2 => HttpUtility.ParseQueryString(body)["Action"],
            WireProtocol.Json => request.Headers.TryGetValues("X-Amz-Target", out var target) ? target.First().Split('.')[^1] : null,
            _ => RestOperation(service, request.Method.Method, uri.AbsolutePath),
        } ?? throw new InvalidOperationException($"cannot tell which {service.Name} operation {request.Method} {uri} is");
        return new FakeAwsCall(service.Name, signingName, region, operation, request.Method.Method, uri, body, scope.Groups["key"].Value);
    }

    private static string? RestOperation(ServiceModel service, string method, string path) => service.Operations
        .Where(o => o.HttpMethod == method && PathMatches(o.RequestUri.Split('?')[0], path))
        .OrderBy(o => o.RequestUri.Count(c => c == '{'))
        .FirstOrDefault()?.Name;

    private static bool PathMatches(string template, string path)
    {
        var expected = template.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        return expected.Length == actual.Length && expected.Zip(actual).All(p => p.First.StartsWith('{') || p.First == Uri.UnescapeDataString(p.Second));
    }

    [GeneratedRegex(@"Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request")]
    private static partial Regex CredentialScope();
}
