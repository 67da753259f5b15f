using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2LaunchTemplateNoPublicIp : Check<LaunchTemplate>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-launch-template-no-public-ip",
        Title = "Launch templates do not assign public IP addresses to network interfaces",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Every instance launched from a template that assigns public IPs (by Auto Scaling, EC2 Fleet or by hand) is reachable from the internet, so a single permissive security group exposes all of them.",
        Remediation = new()
        {
            Text = "Create a new version of the launch template whose network interfaces do not associate a public IP address, make it the default version, and reach instances through a load balancer, Systems Manager or a VPN instead.",
            Cli = "aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version '$Default' --launch-template-data '{\"NetworkInterfaces\":[{\"DeviceIndex\":0,\"AssociatePublicIpAddress\":false}]}' && aws ec2 modify-launch-template --launch-template-id LT_ID --default-version NEW_VERSION",
            Terraform = """
                resource "aws_launch_template" "this" {
                  name_prefix   = "app-"
                  image_id      = data.aws_ami.app.id
                  instance_type = "m7g.large"
                  network_interfaces {
                    device_index                = 0
                    associate_public_ip_address = false
                  }
                }
                """,
            CloudFormation = """
                LaunchTemplate:
                  Type: AWS::EC2::LaunchTemplate
                  Properties:
                    LaunchTemplateData:
                      ImageId: !Ref ImageId
                      NetworkInterfaces:
                        - DeviceIndex: 0
                          AssociatePublicIpAddress: false
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DefaultVersion"];

    public override CheckOutcome Evaluate(LaunchTemplate template, CheckContext context)
    {
        if (template.DefaultVersion is not { } version)
            return CheckOutcome.Error($"The default version of launch template {template.Name} was not collected.");
        foreach (var network in version.NetworkInterfaces)
        {
            if (network.AssociatePublicIpAddress == true)
                return Fail($"The default version ({version.VersionNumber}) of launch template {template.Name} assigns a public IP address to network interface {network.DeviceIndex}.");
        }
        return Pass($"The default version of launch template {template.Name} assigns no public IP address.");
    }
}
