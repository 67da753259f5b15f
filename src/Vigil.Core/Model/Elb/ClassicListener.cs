namespace Vigil.Core.Model.Elb;

public sealed record ClassicListener
{
    /// <summary>HTTP, HTTPS, TCP or SSL.</summary>
    public required string Protocol { get; init; }
    public int LoadBalancerPort { get; init; }
    public string? InstanceProtocol { get; init; }
    public int InstancePort { get; init; }
    public string? SslCertificateId { get; init; }
    /// <summary>The predefined security policy name (ELBSecurityPolicy-TLS-1-2-2017-01, ...) when the listener is SSL/HTTPS.</summary>
    public string? PolicyName { get; init; }

    public bool IsEncrypted => Protocol is "HTTPS" or "SSL";
}
