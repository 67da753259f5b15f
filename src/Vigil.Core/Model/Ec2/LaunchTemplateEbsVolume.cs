namespace Vigil.Core.Model.Ec2;

/// <summary>An EBS volume a launch template version maps to a device (BlockDeviceMappings with Ebs).</summary>
public sealed record LaunchTemplateEbsVolume
{
    public required string DeviceName { get; init; }
    /// <summary>Whether the version asks for encryption; null when it does not say (the snapshot's encryption or the
    /// region's EBS encryption by default then decides).</summary>
    public bool? Encrypted { get; init; }
    public string? KmsKeyId { get; init; }
}
