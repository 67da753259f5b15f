namespace Vigil.Core.Model.Ec2;

/// <summary>The settings of one launch template version that decide exposure, instance metadata access, volume encryption and
/// the instance profile (the role the launched instances run as). A null
/// setting is one the version does not specify (the AMI's or account's default then applies).</summary>
public sealed record LaunchTemplateData
{
    public long? VersionNumber { get; init; }
    /// <summary>MetadataOptions.HttpTokens: required (IMDSv2 only) or optional.</summary>
    public string? MetadataHttpTokens { get; init; }
    /// <summary>MetadataOptions.HttpEndpoint: enabled or disabled.</summary>
    public string? MetadataHttpEndpoint { get; init; }
    public IReadOnlyList<LaunchTemplateNetworkInterface> NetworkInterfaces { get => field ?? []; init; }
    public IReadOnlyList<LaunchTemplateEbsVolume> EbsVolumes { get => field ?? []; init; }
    /// <summary>IamInstanceProfile.Arn: the instance profile the launched instances get, when the version names it by ARN.</summary>
    public string? IamInstanceProfileArn { get; init; }
    /// <summary>IamInstanceProfile.Name: the instance profile the launched instances get, when the version names it by name.</summary>
    public string? IamInstanceProfileName { get; init; }

    public bool RequiresImdsV2 => MetadataHttpTokens == "required" || MetadataHttpEndpoint == "disabled";
}
