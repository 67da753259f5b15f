namespace Vigil.Core.Model.Ec2;

/// <summary>One tunnel of a Site-to-Site VPN connection: its telemetry and its log options.</summary>
public sealed record VpnTunnel
{
    /// <summary>The tunnel's outside IP address on the AWS side.</summary>
    public required string OutsideIpAddress { get; init; }
    /// <summary>UP or DOWN (VgwTelemetry); null when AWS reported no telemetry for the tunnel.</summary>
    public string? Status { get; init; }
    public string? StatusMessage { get; init; }
    /// <summary>Whether the tunnel sends its activity logs to CloudWatch Logs (TunnelOptions LogOptions).</summary>
    public bool LogEnabled { get; init; }
    public string? LogGroupArn { get; init; }
}
