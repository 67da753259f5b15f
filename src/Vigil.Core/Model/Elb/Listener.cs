namespace Vigil.Core.Model.Elb;

public sealed record Listener
{
    public required string Arn { get; init; }
    /// <summary>HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE.</summary>
    public required string Protocol { get; init; }
    public int Port { get; init; }
    public string? SslPolicy { get; init; }
    public IReadOnlyList<string> CertificateArns { get => field ?? []; init; }
    /// <summary>The default action: forward, redirect, fixed-response, authenticate-oidc, ...</summary>
    public string? DefaultActionType { get; init; }
    public string? RedirectProtocol { get; init; }

    public bool IsEncrypted => Protocol is "HTTPS" or "TLS";
    public bool RedirectsToHttps => DefaultActionType == "redirect" && RedirectProtocol == "HTTPS";
}
