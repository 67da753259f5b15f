namespace Vigil.Core.Model.Ec2;

public sealed record Ec2Instance : Resource
{
    public override string ResourceType => ResourceTypes.Ec2Instance;

    public required string InstanceId { get; init; }
    public string? InstanceType { get; init; }
    /// <summary>pending, running, stopping, stopped, shutting-down or terminated.</summary>
    public string State { get => field ?? "running"; init; }
    public DateTimeOffset? LaunchTime { get; init; }
    /// <summary>When the instance entered its current state (used for stopped instances).</summary>
    public DateTimeOffset? StateTransitionTime { get; init; }
    public string? ImageId { get; init; }
    public string? VpcId { get; init; }
    public string? SubnetId { get; init; }
    public string? PublicIpAddress { get; init; }
    public string? PrivateIpAddress { get; init; }
    public string? IamInstanceProfileArn { get; init; }
    public IReadOnlyList<string> SecurityGroupIds { get => field ?? []; init; }
    public InstanceMetadataOptions? MetadataOptions { get; init; }
    public int NetworkInterfaceCount { get; init; }
    /// <summary>hvm or paravirtual.</summary>
    public string VirtualizationType { get => field ?? "hvm"; init; }
    public IReadOnlyList<string> VolumeIds { get => field ?? []; init; }

    public bool IsRunning => State == "running";
}
