using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SubnetNoAutoPublicIp : Check<Subnet>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-subnet-no-auto-public-ip",
        Title = "Subnets do not automatically assign public IPv4 addresses",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Every instance launched into a subnet that auto-assigns public IPs becomes reachable from the internet by default, whether or not anyone intended it.",
        Remediation = new()
        {
            Text = "Turn off auto-assignment of public IPv4 addresses on the subnet and request public addresses explicitly only for instances that must be public.",
            Cli = "aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch",
            Terraform = """
                resource "aws_subnet" "this" {
                  vpc_id                  = aws_vpc.this.id
                  cidr_block              = "10.0.1.0/24"
                  map_public_ip_on_launch = false
                }
                """,
            CloudFormation = """
                Subnet:
                  Type: AWS::EC2::Subnet
                  Properties:
                    VpcId: !Ref Vpc
                    CidrBlock: 10.0.1.0/24
                    MapPublicIpOnLaunch: false
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["MapPublicIpOnLaunch"];

    public override CheckOutcome Evaluate(Subnet subnet, CheckContext context) => subnet.MapPublicIpOnLaunch
        ? Fail($"Subnet {subnet.SubnetId} in {subnet.VpcId} automatically assigns public IPv4 addresses to new instances.")
        : Pass($"Subnet {subnet.SubnetId} does not automatically assign public IPv4 addresses.");
}
