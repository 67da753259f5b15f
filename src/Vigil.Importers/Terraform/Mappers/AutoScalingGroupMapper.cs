using Vigil.Core.Model.AutoScaling;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_autoscaling_group; its Availability Zones are those of its planned subnets (vpc_zone_identifier), each
/// subnet outside the plan standing for a zone of its own. Health checks default to EC2.</summary>
internal sealed class AutoScalingGroupMapper : IResourceMapper
{
    public string Type => "aws_autoscaling_group";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var mixed = context.Read(instance, "mixed_instances_policy");
        var specification = mixed.Items.Count > 0 ? "mixed_instances_policy[0].launch_template[0].launch_template_specification[0]." : "launch_template[0].";
        var template = context.Read(instance, specification + (mixed.Items.Count > 0 ? "launch_template_id" : "id"));
        var version = context.Read(instance, specification + "version");
        if (!unknowns.Track("LaunchTemplateVersion", version) && version.Referenced is { } source)
            unknowns.Add("LaunchTemplateVersion", $"the launch template version refers to {source.Address}, known only after apply");
        context.Add(new AutoScalingGroup
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            LaunchConfigurationName = context.Read(instance, "launch_configuration").String,
            LaunchTemplateId = context.IdText(template),
            LaunchTemplateName = context.Read(instance, specification + (mixed.Items.Count > 0 ? "launch_template_name" : "name")).String,
            LaunchTemplateVersion = version.String,
            HasMixedInstancesPolicy = mixed.Items.Count > 0,
            InstanceTypes = mixed.Items.Count == 0 ? [] : context.Read(instance, "mixed_instances_policy[0].launch_template[0].override").Items
                .Select(o => JsonFields.Text(o, "instance_type")).OfType<string>().ToList(),
            AvailabilityZones = Zones(instance, context, unknowns),
            LoadBalancerNames = context.Read(instance, "load_balancers").Strings,
            TargetGroupArns = context.IdList(context.Read(instance, "target_group_arns")),
            HealthCheckType = context.Read(instance, "health_check_type").String ?? "EC2",
        }, unknowns);
    }

    private static List<string> Zones(PlanInstance group, MappingContext context, Unknowns unknowns)
    {
        var zones = context.Read(group, "availability_zones").Strings.ToList();
        var subnets = context.Read(group, "vpc_zone_identifier");
        if (unknowns.Track("AvailabilityZones", subnets)) return zones;
        zones.AddRange(subnets.Kind == PlanValueKind.Reference
            ? subnets.AllReferenced!.Select(s => context.Read(s, "availability_zone").String ?? $"(zone of {s.Address})")
            : subnets.Strings.Select(s => $"(zone of {s})"));
        return zones.Distinct(StringComparer.Ordinal).ToList();
    }
}
