using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingGroupMultipleAzs : Check<AutoScalingGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-group-multiple-azs",
        Title = "Auto Scaling groups span at least two Availability Zones",
        Severity = Severity.Medium,
        Service = "autoscaling",
        Domain = Domain.Resilience,
        Risk = "A group confined to one Availability Zone loses all its instances when that zone is impaired, and cannot launch replacements elsewhere.",
        Remediation = new()
        {
            Text = "Give the Auto Scaling group subnets in at least two Availability Zones so it balances instances across them.",
            Cli = "aws autoscaling update-auto-scaling-group --auto-scaling-group-name ASG_NAME --vpc-zone-identifier 'SUBNET_A,SUBNET_B'",
            Terraform = """
                resource "aws_autoscaling_group" "this" {
                  name                = "workers"
                  min_size            = 2
                  max_size            = 6
                  vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]
                  launch_template {
                    id      = aws_launch_template.workers.id
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
                    VPCZoneIdentifier: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                    LaunchTemplate: {LaunchTemplateId: !Ref LaunchTemplate, Version: !GetAtt LaunchTemplate.DefaultVersionNumber}
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AvailabilityZones"];

    public override CheckOutcome Evaluate(AutoScalingGroup group, CheckContext context) => group.AvailabilityZones.Count switch
    {
        0 => CheckOutcome.Error($"The Availability Zones of Auto Scaling group {group.Name} were not reported."),
        1 => Fail($"Auto Scaling group {group.Name} runs in a single Availability Zone ({group.AvailabilityZones[0]})."),
        var count => Pass($"Auto Scaling group {group.Name} spans {count} Availability Zones."),
    };
}
