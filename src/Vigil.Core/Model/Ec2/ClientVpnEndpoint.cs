namespace Vigil.Core.Model.Ec2;

/// <summary>An AWS Client VPN endpoint (DescribeClientVpnEndpoints).</summary>
public sealed record ClientVpnEndpoint : Resource
{
    public override string ResourceType => ResourceTypes.ClientVpnEndpoint;

    public required string ClientVpnEndpointId { get; init; }
    /// <summary>pending-associate, available, deleting or deleted.</summary>
    public string? Status { get; init; }
    public string? VpcId { get; init; }
    public string? ClientCidrBlock { get; init; }
    /// <summary>Whether client connection logging is enabled (ConnectionLogOptions.Enabled).</summary>
    public bool ConnectionLogEnabled { get; init; }
    public string? ConnectionLogGroup { get; init; }
    public string? ConnectionLogStream { get; init; }
}
