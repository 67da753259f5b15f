using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpcEndpointSsm : VpcEndpointCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpc-endpoint-ssm",
        Title = "VPCs have an interface endpoint for AWS Systems Manager",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Without a Systems Manager interface endpoint, instances need internet or NAT access to be managed, and their management traffic cannot be restricted with endpoint policies.",
        Remediation = new()
        {
            Text = "Create an interface VPC endpoint for AWS Systems Manager (com.amazonaws.REGION.ssm) in the VPC's private subnets with private DNS enabled, and restrict it with an endpoint policy.",
            Cli = "aws ec2 create-vpc-endpoint --vpc-id VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.REGION.ssm --subnet-ids SUBNET_ID --security-group-ids GROUP_ID --private-dns-enabled",
            Terraform = """
                resource "aws_vpc_endpoint" "ssm" {
                  vpc_id              = aws_vpc.this.id
                  service_name        = "com.amazonaws.REGION.ssm"
                  vpc_endpoint_type   = "Interface"
                  subnet_ids          = [aws_subnet.private.id]
                  security_group_ids  = [aws_security_group.endpoints.id]
                  private_dns_enabled = true
                }
                """,
            CloudFormation = """
                SsmEndpoint:
                  Type: AWS::EC2::VPCEndpoint
                  Properties:
                    VpcId: !Ref Vpc
                    ServiceName: !Sub com.amazonaws.${AWS::Region}.ssm
                    VpcEndpointType: Interface
                    SubnetIds: [!Ref PrivateSubnet]
                    SecurityGroupIds: [!Ref EndpointSecurityGroup]
                    PrivateDnsEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html",
        },
    };

    protected override string EndpointService => "ssm";
}
