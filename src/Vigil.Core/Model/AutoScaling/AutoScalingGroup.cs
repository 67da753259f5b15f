namespace Vigil.Core.Model.AutoScaling;

/// <summary>An EC2 Auto Scaling group (DescribeAutoScalingGroups).</summary>
public sealed record AutoScalingGroup : Resource
{
    public override string ResourceType => ResourceTypes.AutoScalingGroup;

    public string? LaunchConfigurationName { get; init; }
    /// <summary>The launch template the group launches from (directly or through its mixed instances policy), or null.</summary>
    public string? LaunchTemplateId { get; init; }
    public string? LaunchTemplateName { get; init; }
    /// <summary>The version of the launch template the group launches: "$Default", "$Latest" or a version number; null when the
    /// group does not say, which means $Default.</summary>
    public string? LaunchTemplateVersion { get; init; }
    /// <summary>Whether the group launches through a mixed instances policy (which always names a launch template).</summary>
    public bool HasMixedInstancesPolicy { get; init; }
    /// <summary>The instance types of the mixed instances policy's overrides (empty without one).</summary>
    public IReadOnlyList<string> InstanceTypes { get => field ?? []; init; }
    /// <summary>Whether the mixed instances policy selects instance types by attributes (InstanceRequirements), which
    /// lets EC2 choose among every type that matches.</summary>
    public bool UsesAttributeBasedInstanceTypes { get; init; }
    public IReadOnlyList<string> AvailabilityZones { get => field ?? []; init; }
    public IReadOnlyList<string> LoadBalancerNames { get => field ?? []; init; }
    public IReadOnlyList<string> TargetGroupArns { get => field ?? []; init; }
    /// <summary>EC2, ELB or a comma-separated combination (EC2,ELB,EBS,VPC_LATTICE).</summary>
    public string? HealthCheckType { get; init; }

    public bool UsesLaunchTemplate => LaunchTemplateId is not null || LaunchTemplateName is not null || HasMixedInstancesPolicy;

    public bool HasLoadBalancer => LoadBalancerNames.Count > 0 || TargetGroupArns.Count > 0;
}
