using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2InstanceSingleEni : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-instance-single-eni",
        Title = "EC2 instances use a single elastic network interface",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "An instance with several network interfaces can bridge subnets or security boundaries, letting traffic bypass the controls that apply to each subnet on its own.",
        Remediation = new()
        {
            Text = "Detach the additional network interfaces unless the instance is an appliance that needs them (firewall, NAT, load balancer), and document those exceptions.",
            Cli = "aws ec2 detach-network-interface --attachment-id ENI_ATTACHMENT_ID",
            Terraform = "# Remove the extra aws_network_interface_attachment (or network_interface block) from the instance configuration and apply.",
            CloudFormation = "# Remove the extra AWS::EC2::NetworkInterfaceAttachment or NetworkInterfaces entry from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "NetworkInterfaceCount"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State is "terminated" or "shutting-down") return NotApplicable;
        return instance.NetworkInterfaceCount switch
        {
            <= 0 => CheckOutcome.Error($"The network interfaces of instance {instance.InstanceId} were not collected."),
            1 => Pass($"Instance {instance.InstanceId} has one network interface."),
            var count => Fail($"Instance {instance.InstanceId} has {count} network interfaces attached."),
        };
    }
}
