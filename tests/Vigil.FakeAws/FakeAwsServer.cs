using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vigil.ScriptedAws.Faults;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws;

/// <summary>A scripted AWS account served over HTTP on 127.0.0.1: every service on one endpoint, as with
/// --endpoint-url, told apart by the signature's scope. Dispose to stop.</summary>
public sealed class FakeAwsServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly HashSet<Task> _inFlight = [];
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public FakeAwsServer(ScriptedAccount script, FaultPlan? faults = null, int pageSize = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Faults = faults ?? new FaultPlan();
        Handler = new FakeAwsHandler(script, Faults, pageSize);
        Url = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }
    public FaultPlan Faults { get; }
    public FakeAwsHandler Handler { get; }
    /// <summary>Every request answered so far, in the order the answers were sent.</summary>
    public IReadOnlyList<FakeCall> Calls => [.. _calls];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
        Task[] pending;
        lock (_inFlight) pending = [.. _inFlight];
        await Task.WhenAll(pending).ConfigureAwait(false);
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var task = Task.Run(() => AnswerAsync(context));
            lock (_inFlight) _inFlight.Add(task);
            _ = task.ContinueWith(t =>
            {
                lock (_inFlight) _inFlight.Remove(t);
            }, TaskScheduler.Default);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var received = _clock.Elapsed;
            var request = await ReadAsync(context.Request).ConfigureAwait(false);
            var (response, call) = Handler.Handle(request);
            if (Faults.Latency > TimeSpan.Zero) await Task.Delay(Faults.Latency).ConfigureAwait(false);
            context.Response.StatusCode = response.StatusCode;
            foreach (var (name, value) in response.Headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) context.Response.ContentType = value;
                else context.Response.Headers[name] = value;
            }
            context.Response.Headers["Date"] = DateTimeOffset.UtcNow.ToString("r", System.Globalization.CultureInfo.InvariantCulture);
            if (request.Method != "HEAD")
            {
                context.Response.ContentLength64 = response.Body.Length;
                await context.Response.OutputStream.WriteAsync(response.Body).ConfigureAwait(false);
            }
            context.Response.Close();
            _calls.Enqueue(call with { Received = received, Answered = _clock.Elapsed });
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away (a timeout, a cancelled run); nothing is left to answer.
        }
    }

    private static async Task<FakeRequest> ReadAsync(HttpListenerRequest request)
    {
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
        var raw = request.RawUrl ?? "/";
        var question = raw.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? raw : raw[..question];
        var query = question < 0 ? [] : FormBody.Parse(raw[(question + 1)..]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys.OfType<string>()) headers[name] = request.Headers[name] ?? "";
        return new FakeRequest(request.HttpMethod, path, query, headers, body.ToArray());
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
