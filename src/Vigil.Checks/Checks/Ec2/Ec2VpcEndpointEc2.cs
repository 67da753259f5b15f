using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpcEndpointEc2 : VpcEndpointCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpc-endpoint-ec2",
        Title = "VPCs have an interface endpoint for the Amazon EC2 API",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Without an EC2 interface endpoint, calls to the EC2 API from inside the VPC leave it for the public endpoint, need internet or NAT access and cannot be restricted with endpoint policies.",
        Remediation = new()
        {
            Text = "Create an interface VPC endpoint for Amazon EC2 (com.amazonaws.REGION.ec2) in the VPC's private subnets with private DNS enabled, and restrict it with an endpoint policy.",
            Cli = "aws ec2 create-vpc-endpoint --vpc-id VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.REGION.ec2 --subnet-ids SUBNET_ID --security-group-ids GROUP_ID --private-dns-enabled",
            Terraform = """
                resource "aws_vpc_endpoint" "ec2" {
                  vpc_id              = aws_vpc.this.id
                  service_name        = "com.amazonaws.REGION.ec2"
                  vpc_endpoint_type   = "Interface"
                  subnet_ids          = [aws_subnet.private.id]
                  security_group_ids  = [aws_security_group.endpoints.id]
                  private_dns_enabled = true
                }
                """,
            CloudFormation = """
                Ec2Endpoint:
                  Type: AWS::EC2::VPCEndpoint
                  Properties:
                    VpcId: !Ref Vpc
                    ServiceName: !Sub com.amazonaws.${AWS::Region}.ec2
                    VpcEndpointType: Interface
                    SubnetIds: [!Ref PrivateSubnet]
                    SecurityGroupIds: [!Ref EndpointSecurityGroup]
                    PrivateDnsEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html",
        },
    };

    protected override string EndpointService => "ec2";
}
