namespace Vigil.Core.Model.AutoScaling;

/// <summary>An EC2 Auto Scaling launch configuration (DescribeLaunchConfigurations).</summary>
public sealed record LaunchConfiguration : Resource
{
    public override string ResourceType => ResourceTypes.LaunchConfiguration;

    public string? ImageId { get; init; }
    public string? InstanceType { get; init; }
    /// <summary>Whether instances get a public IPv4 address; null when the configuration does not say (the subnet's
    /// setting then applies).</summary>
    public bool? AssociatePublicIpAddress { get; init; }
    /// <summary>MetadataOptions.HttpTokens: required (IMDSv2 only), optional, or null when not specified.</summary>
    public string? MetadataHttpTokens { get; init; }
    /// <summary>MetadataOptions.HttpEndpoint: enabled, disabled, or null when not specified.</summary>
    public string? MetadataHttpEndpoint { get; init; }

    public bool RequiresImdsV2 => MetadataHttpTokens == "required" || MetadataHttpEndpoint == "disabled";
}
