using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingGroupElbHealthCheck : Check<AutoScalingGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-group-elb-health-check",
        Title = "Auto Scaling groups behind a load balancer use the load balancer's health checks",
        Severity = Severity.Low,
        Service = "autoscaling",
        Domain = Domain.Resilience,
        Risk = "With EC2 status checks only, an instance whose application has stopped answering stays in service: the load balancer drops it but Auto Scaling never replaces it, so capacity silently shrinks.",
        Remediation = new()
        {
            Text = "Add the ELB health check type to the Auto Scaling group (with a grace period long enough for instances to start).",
            Cli = "aws autoscaling update-auto-scaling-group --auto-scaling-group-name ASG_NAME --health-check-type ELB --health-check-grace-period 300",
            Terraform = """
                resource "aws_autoscaling_group" "this" {
                  name                      = "web"
                  min_size                  = 2
                  max_size                  = 6
                  vpc_zone_identifier       = var.private_subnet_ids
                  target_group_arns         = [aws_lb_target_group.web.arn]
                  health_check_type         = "ELB"
                  health_check_grace_period = 300
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
                    TargetGroupARNs: [!Ref WebTargetGroup]
                    HealthCheckType: ELB
                    HealthCheckGracePeriod: 300
                    LaunchTemplate: {LaunchTemplateId: !Ref LaunchTemplate, Version: !GetAtt LaunchTemplate.DefaultVersionNumber}
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LoadBalancerNames", "TargetGroupArns", "HealthCheckType"];

    public override CheckOutcome Evaluate(AutoScalingGroup group, CheckContext context)
    {
        if (!group.HasLoadBalancer) return NotApplicable;
        if (group.HealthCheckType is null) return CheckOutcome.Error($"The health check type of Auto Scaling group {group.Name} was not reported.");
        return group.HealthCheckType.Contains("ELB", StringComparison.Ordinal)
            ? Pass($"Auto Scaling group {group.Name} replaces instances that fail the load balancer's health checks.")
            : Fail($"Auto Scaling group {group.Name} is attached to a load balancer but uses only {group.HealthCheckType} health checks.");
    }
}
