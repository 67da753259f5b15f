using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingGroupUsesLaunchTemplate : Check<AutoScalingGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-group-uses-launch-template",
        Title = "Auto Scaling groups launch from EC2 launch templates, not launch configurations",
        Severity = Severity.Medium,
        Service = "autoscaling",
        Domain = Domain.Governance,
        Risk = "Launch configurations are deprecated: they cannot use newer instance types, IMDSv2 hop limits, mixed instances or versioning, so groups built on them drift from the security baseline and block upgrades.",
        Remediation = new()
        {
            Text = "Copy the launch configuration to a launch template (the console offers a one-click copy), point the group at the template and delete the launch configuration.",
            Cli = "aws autoscaling update-auto-scaling-group --auto-scaling-group-name ASG_NAME --launch-template LaunchTemplateId=LT_ID,Version='$Default'",
            Terraform = """
                resource "aws_autoscaling_group" "this" {
                  name                = "web"
                  min_size            = 2
                  max_size            = 6
                  vpc_zone_identifier = var.private_subnet_ids
                  launch_template {
                    id      = aws_launch_template.web.id
                    version = "$Default"
                  }
                }
                """,
            CloudFormation = """
                AutoScalingGroup:
                  Type: AWS::AutoScaling::AutoScalingGroup
                  Properties:
                    MinSize: "2"
                    MaxSize: "6"
                    VPCZoneIdentifier: !Ref PrivateSubnetIds
                    LaunchTemplate: {LaunchTemplateId: !Ref LaunchTemplate, Version: !GetAtt LaunchTemplate.DefaultVersionNumber}
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LaunchConfigurationName", "LaunchTemplateId", "LaunchTemplateName", "HasMixedInstancesPolicy"];

    public override CheckOutcome Evaluate(AutoScalingGroup group, CheckContext context)
    {
        if (group.UsesLaunchTemplate) return Pass($"Auto Scaling group {group.Name} launches from a launch template.");
        return group.LaunchConfigurationName is { } configuration
            ? Fail($"Auto Scaling group {group.Name} launches from launch configuration {configuration}.")
            : Fail($"Auto Scaling group {group.Name} names no launch template (it launches from instance attributes or a launch configuration).");
    }
}
