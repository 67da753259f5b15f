using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Aws.Collectors.AutoScaling;

/// <summary>EC2 Auto Scaling groups (DescribeAutoScalingGroups) and launch configurations (DescribeLaunchConfigurations),
/// both paginated; everything the checks need is in the listings.</summary>
internal sealed class AutoScalingCollector : IResourceCollector
{
    public string Service => "autoscaling";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeLaunchConfigurations"];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        ReadGroupsAsync(target, sink, cancellationToken),
        ReadLaunchConfigurationsAsync(target, sink, cancellationToken));

    private static async Task ReadGroupsAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var groups = await target.ListAsync(sink, "autoscaling", "DescribeAutoScalingGroups", null, "AutoScalingGroups", ResourceTypes.AutoScalingGroup,
            cancellationToken).ConfigureAwait(false);
        if (groups is not null) sink.AddRange(groups.Select(g => ToGroup(target, g)));
    }

    private static async Task ReadLaunchConfigurationsAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var configurations = await target.ListAsync(sink, "autoscaling", "DescribeLaunchConfigurations", null, "LaunchConfigurations",
            ResourceTypes.LaunchConfiguration, cancellationToken).ConfigureAwait(false);
        if (configurations is not null) sink.AddRange(configurations.Select(c => ToLaunchConfiguration(target, c)));
    }

    private static AutoScalingGroup ToGroup(CollectionTarget target, JsonNode group)
    {
        var name = group.Text("AutoScalingGroupName") ?? throw new InvalidDataException("DescribeAutoScalingGroups returned a group without a name");
        var mixed = group["MixedInstancesPolicy"];
        var template = group["LaunchTemplate"] ?? mixed?["LaunchTemplate"]?["LaunchTemplateSpecification"];
        var overrides = mixed?["LaunchTemplate"].Items("Overrides").ToList() ?? [];
        return new AutoScalingGroup
        {
            Arn = group.Text("AutoScalingGroupARN") ?? AutoScalingNames.Arn(target, "autoScalingGroup", name),
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = group.KeyValueTags(),
            LaunchConfigurationName = group.Text("LaunchConfigurationName"),
            LaunchTemplateId = template.Text("LaunchTemplateId"),
            LaunchTemplateName = template.Text("LaunchTemplateName"),
            LaunchTemplateVersion = template.Text("Version"),
            HasMixedInstancesPolicy = mixed is not null,
            InstanceTypes = [.. overrides.Select(o => o.Text("InstanceType")).OfType<string>()],
            UsesAttributeBasedInstanceTypes = overrides.Exists(o => o["InstanceRequirements"] is not null),
            AvailabilityZones = group.Texts("AvailabilityZones"),
            LoadBalancerNames = group.Texts("LoadBalancerNames"),
            TargetGroupArns = group.Texts("TargetGroupARNs"),
            HealthCheckType = group.Text("HealthCheckType"),
        };
    }

    private static LaunchConfiguration ToLaunchConfiguration(CollectionTarget target, JsonNode configuration)
    {
        var name = configuration.Text("LaunchConfigurationName")
            ?? throw new InvalidDataException("DescribeLaunchConfigurations returned a launch configuration without a name");
        var metadata = configuration["MetadataOptions"];
        return new LaunchConfiguration
        {
            Arn = configuration.Text("LaunchConfigurationARN") ?? AutoScalingNames.Arn(target, "launchConfiguration", name),
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            ImageId = configuration.Text("ImageId"),
            InstanceType = configuration.Text("InstanceType"),
            AssociatePublicIpAddress = configuration.Flag("AssociatePublicIpAddress"),
            MetadataHttpTokens = metadata.Text("HttpTokens"),
            MetadataHttpEndpoint = metadata.Text("HttpEndpoint"),
        };
    }
}
