using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2InstanceNoPublicIp : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-instance-no-public-ip",
        Title = "EC2 instances do not have a public IPv4 address",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "An instance with a public IPv4 address is directly reachable from the internet; a single permissive security group rule then exposes its services to attack.",
        Remediation = new()
        {
            Text = "Launch instances in private subnets without public IP addresses and publish services through a load balancer, NAT gateway or Systems Manager Session Manager; release or disassociate public addresses from existing instances.",
            Cli = "aws ec2 modify-network-interface-attribute --network-interface-id PRIMARY_ENI_ID --no-associate-public-ip-address",
            Terraform = """
                resource "aws_instance" "this" {
                  # ...
                  subnet_id                   = aws_subnet.private.id
                  associate_public_ip_address = false
                }
                """,
            CloudFormation = """
                Instance:
                  Type: AWS::EC2::Instance
                  Properties:
                    NetworkInterfaces:
                      - DeviceIndex: "0"
                        SubnetId: !Ref PrivateSubnet
                        AssociatePublicIpAddress: false
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "PublicIpAddress"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State is "terminated" or "shutting-down") return NotApplicable;
        return string.IsNullOrEmpty(instance.PublicIpAddress)
            ? Pass($"Instance {instance.InstanceId} has no public IPv4 address.")
            : Fail($"Instance {instance.InstanceId} has the public IPv4 address {instance.PublicIpAddress}.");
    }
}
