using System.Net;
using System.Net.Sockets;
using System.Text;
using Vigil.Aws.Tests.Collectors.Iam;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>A <see cref="FakeAws"/> served over HTTP on 127.0.0.1, so a live collection reaches it through
/// --endpoint-url as it would reach AWS: every service on one endpoint, told apart by the signature's scope.</summary>
internal sealed class FakeAwsEndpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly FakeAws _aws;
    private readonly Task _loop;

    public FakeAwsEndpoint(FakeAws aws)
    {
        _aws = aws;
        Url = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), context.Request.Url);
        foreach (var name in context.Request.Headers.AllKeys.OfType<string>())
        {
            request.Headers.TryAddWithoutValidation(name, context.Request.Headers.GetValues(name) ?? []);
        }

        HttpResponseMessage response;
        try
        {
            response = await _aws.AnswerAsync(1, request, body, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            // A request the fake cannot tell apart is answered, not left hanging until the client's timeout.
            response = FakeAws.Respond(HttpStatusCode.BadRequest, $$"""{"__type":"FakeCannotRoute","message":"{{e.Message.Replace('"', '\'')}}"}""", "application/x-amz-json-1.1");
        }

        using var _ = response;
        var bytes = response.Content is null ? [] : await response.Content.ReadAsByteArrayAsync();
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content?.Headers.ContentType?.ToString();
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
