using Vigil.Core.Model.AutoScaling;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::AutoScaling::AutoScalingGroup; its zones are AvailabilityZones, else those of its VPCZoneIdentifier
/// subnets declared in the template. HealthCheckType is EC2 unless declared.</summary>
internal sealed class AutoScalingGroupMapper : IResourceMapper
{
    public string Type => "AWS::AutoScaling::AutoScalingGroup";

    public void Map(MappedResource r, MappingContext context)
    {
        var mixed = r.Value("MixedInstancesPolicy") is not null;
        var specification = mixed ? "MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification." : "LaunchTemplate.";
        var overrides = r.Value("MixedInstancesPolicy.LaunchTemplate.Overrides") is CfnList list ? list.Items.OfType<CfnMap>().ToList() : [];
        context.Add(new AutoScalingGroup
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            LaunchConfigurationName = r.String("LaunchConfigurationName", "LaunchConfigurationName"),
            LaunchTemplateId = r.String("LaunchTemplateId", specification + "LaunchTemplateId"),
            LaunchTemplateName = r.String("LaunchTemplateName", specification + "LaunchTemplateName"),
            LaunchTemplateVersion = r.String("LaunchTemplateVersion", specification + "Version"),
            HasMixedInstancesPolicy = mixed,
            InstanceTypes = r.Known("InstanceTypes", "MixedInstancesPolicy") ? overrides.Select(o => o["InstanceType"]).OfType<CfnString>().Select(t => t.Value).ToList() : [],
            UsesAttributeBasedInstanceTypes = overrides.Any(o => o["InstanceRequirements"] is not null),
            AvailabilityZones = r.Value("AvailabilityZones") is not null ? r.Strings("AvailabilityZones", "AvailabilityZones") : SubnetZones(r, context),
            LoadBalancerNames = r.Strings("LoadBalancerNames", "LoadBalancerNames"),
            TargetGroupArns = r.Strings("TargetGroupArns", "TargetGroupARNs"),
            HealthCheckType = r.String("HealthCheckType", "HealthCheckType") ?? "EC2",
        }, r);
    }

    private static List<string> SubnetZones(MappedResource r, MappingContext context)
    {
        var zones = new List<string>();
        foreach (var subnet in r.Strings("AvailabilityZones", "VPCZoneIdentifier"))
        {
            if (context.Declared(new CfnString(subnet), "AWS::EC2::Subnet")?.Properties["AvailabilityZone"] is CfnString zone) zones.Add(zone.Value);
            else
            {
                r.MarkUnknown("AvailabilityZones", $"decided by the subnet {subnet}, whose availability zone the template does not state");
                return [];
            }
        }
        return zones.Distinct().ToList();
    }
}
