using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Vigil.Aws.Tests.Execution;

/// <summary>An HTTP handler that answers with a script and records what it was sent and when (on the fake clock).</summary>
internal sealed class ScriptedHandler(FakeTimeProvider time, Func<int, HttpRequestMessage, string, CancellationToken, Task<HttpResponseMessage>> script) : HttpMessageHandler
{
    private int _count;

    public List<(DateTimeOffset Time, string Uri, string Body)> Received { get; } = [];

    public static HttpResponseMessage Respond(HttpStatusCode status, string body, string contentType = "text/xml") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        int attempt;
        lock (Received)
        {
            Received.Add((time.GetUtcNow(), request.RequestUri!.ToString(), body));
            attempt = ++_count;
        }
        return await script(attempt, request, body, cancellationToken);
    }
}
