namespace Vigil.Core.Model.Ec2;

/// <summary>An EC2 launch template (DescribeLaunchTemplates) with the data of its default version
/// (DescribeLaunchTemplateVersions, $Default).</summary>
public sealed record LaunchTemplate : Resource
{
    public override string ResourceType => ResourceTypes.LaunchTemplate;

    public required string LaunchTemplateId { get; init; }
    public long? DefaultVersionNumber { get; init; }
    public long? LatestVersionNumber { get; init; }
    /// <summary>What the default version launches; null when it could not be read (listed in Unreadable).</summary>
    public LaunchTemplateData? DefaultVersion { get; init; }
}
