using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingGroupMultipleInstanceTypes : Check<AutoScalingGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-group-multiple-instance-types",
        Title = "Auto Scaling groups use several instance types in several Availability Zones",
        Severity = Severity.Medium,
        Service = "autoscaling",
        Domain = Domain.Resilience,
        Risk = "A group that can launch only one instance type fails to scale or replace instances when that type runs short of capacity in its zones, exactly when demand is high.",
        Remediation = new()
        {
            Text = "Use a mixed instances policy with at least two suitable instance types (overrides) and subnets in at least two Availability Zones.",
            Cli = "aws autoscaling update-auto-scaling-group --auto-scaling-group-name ASG_NAME --mixed-instances-policy '{\"LaunchTemplate\":{\"LaunchTemplateSpecification\":{\"LaunchTemplateId\":\"LT_ID\",\"Version\":\"$Default\"},\"Overrides\":[{\"InstanceType\":\"m7g.large\"},{\"InstanceType\":\"m6g.large\"}]}}'",
            Terraform = """
                resource "aws_autoscaling_group" "this" {
                  name                = "workers"
                  min_size            = 2
                  max_size            = 6
                  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]
                  mixed_instances_policy {
                    launch_template {
                      launch_template_specification {
                        launch_template_id = aws_launch_template.workers.id
                        version            = "$Default"
                      }
                      override { instance_type = "m7g.large" }
                      override { instance_type = "m6g.large" }
                    }
                  }
                }
                """,
            CloudFormation = """
                AutoScalingGroup:
                  Type: AWS::AutoScaling::AutoScalingGroup
                  Properties:
                    MinSize: "2"
                    MaxSize: "6"
                    VPCZoneIdentifier: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                    MixedInstancesPolicy:
                      LaunchTemplate:
                        LaunchTemplateSpecification: {LaunchTemplateId: !Ref LaunchTemplate, Version: !GetAtt LaunchTemplate.DefaultVersionNumber}
                        Overrides:
                          - InstanceType: m7g.large
                          - InstanceType: m6g.large
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["InstanceTypes", "UsesAttributeBasedInstanceTypes", "AvailabilityZones"];

    public override CheckOutcome Evaluate(AutoScalingGroup group, CheckContext context)
    {
        if (group.AvailabilityZones.Count == 0)
            return CheckOutcome.Error($"The Availability Zones of Auto Scaling group {group.Name} were not reported.");
        if (group.UsesAttributeBasedInstanceTypes)
        {
            return group.AvailabilityZones.Count < 2
                ? Fail($"Auto Scaling group {group.Name} selects instance types by attributes but runs in a single Availability Zone.")
                : Pass($"Auto Scaling group {group.Name} selects instance types by attributes across {group.AvailabilityZones.Count} Availability Zones.");
        }
        var types = DistinctCount(group.InstanceTypes);
        if (types < 2) return Fail($"Auto Scaling group {group.Name} can launch only {(types == 0 ? "the one instance type of its launch configuration or template" : "one instance type")}.");
        return group.AvailabilityZones.Count < 2
            ? Fail($"Auto Scaling group {group.Name} uses {types} instance types but a single Availability Zone.")
            : Pass($"Auto Scaling group {group.Name} uses {types} instance types across {group.AvailabilityZones.Count} Availability Zones.");
    }

    private static int DistinctCount(IReadOnlyList<string> types)
    {
        var count = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++) seen = string.Equals(types[i], types[j], StringComparison.Ordinal);
            if (!seen) count++;
        }
        return count;
    }
}
