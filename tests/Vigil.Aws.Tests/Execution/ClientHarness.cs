using Microsoft.Extensions.Time.Testing;
using Vigil.Aws.Credentials;
using Vigil.Aws.Execution;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Tests.Execution;

/// <summary>An AwsClient over a scripted handler and a fake clock, and a way to run calls while the clock moves.</summary>
internal sealed class ClientHarness : IDisposable
{
    public const string CallerIdentityXml = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
        <Arn>arn:aws:iam::123456789012:user/Alice</Arn><UserId>AIDEXAMPLE</UserId><Account>123456789012</Account>
        </GetCallerIdentityResult></GetCallerIdentityResponse>
        """;

    public ClientHarness(Func<int, HttpRequestMessage, string, CancellationToken, Task<HttpResponseMessage>> script, AwsClientOptions? options = null)
    {
        Handler = new ScriptedHandler(Time, script);
        Client = new AwsClient(new StaticCredentialSource(new SigningCredentials("AKIDEXAMPLE", "secret")),
            (options ?? new AwsClientOptions()) with { Environment = _ => null }, Handler, Time, random: new FixedRandom(0.5));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public ScriptedHandler Handler { get; }
    public AwsClient Client { get; }

    /// <summary>Moves the fake clock in 50 ms steps until the task completes.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        for (var step = 0; step < 20_000 && !task.IsCompleted; step++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(1);
        }
        return await task;
    }

    public void Dispose() => Client.Dispose();
}
