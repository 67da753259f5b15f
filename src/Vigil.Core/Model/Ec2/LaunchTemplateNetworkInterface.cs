namespace Vigil.Core.Model.Ec2;

/// <summary>A network interface a launch template version attaches to the instances it launches.</summary>
public sealed record LaunchTemplateNetworkInterface
{
    public int? DeviceIndex { get; init; }
    public string? SubnetId { get; init; }
    /// <summary>Whether the interface gets a public IPv4 address; null when the version does not say (the subnet's
    /// setting then applies).</summary>
    public bool? AssociatePublicIpAddress { get; init; }
}
