using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingLaunchConfigurationNoPublicIp : Check<LaunchConfiguration>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-launch-configuration-no-public-ip",
        Title = "Auto Scaling launch configurations do not assign public IP addresses",
        Severity = Severity.High,
        Service = "autoscaling",
        Domain = Domain.Network,
        Risk = "Every instance the group launches gets a public address and becomes reachable from the internet, so a single permissive security group exposes the whole fleet.",
        Remediation = new()
        {
            Text = "Launch configurations cannot be modified: create a launch template (preferred) or a new launch configuration without a public IP address, switch the group to it and place the instances behind a load balancer.",
            Cli = "aws autoscaling create-launch-configuration --launch-configuration-name NEW_NAME --image-id AMI_ID --instance-type INSTANCE_TYPE --no-associate-public-ip-address",
            Terraform = """
                resource "aws_launch_template" "this" {
                  name_prefix   = "web-"
                  image_id      = data.aws_ami.web.id
                  instance_type = "m7g.large"
                  network_interfaces {
                    device_index                = 0
                    associate_public_ip_address = false
                  }
                }
                """,
            CloudFormation = """
                LaunchConfiguration:
                  Type: AWS::AutoScaling::LaunchConfiguration
                  Properties:
                    ImageId: !Ref ImageId
                    InstanceType: m7g.large
                    AssociatePublicIpAddress: false
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html#as-vpc-ipaddress",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AssociatePublicIpAddress"];

    public override CheckOutcome Evaluate(LaunchConfiguration configuration, CheckContext context) => configuration.AssociatePublicIpAddress == true
        ? Fail($"Launch configuration {configuration.Name} assigns a public IP address to every instance it launches.")
        : Pass($"Launch configuration {configuration.Name} assigns no public IP address.");
}
