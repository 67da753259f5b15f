using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpcEndpointSsmContacts : VpcEndpointCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpc-endpoint-ssm-contacts",
        Title = "VPCs have an interface endpoint for Systems Manager Incident Manager Contacts",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Without an Incident Manager Contacts interface endpoint, calls to the service leave the VPC for the public endpoint, requiring internet or NAT access and bypassing endpoint policies.",
        Remediation = new()
        {
            Text = "Create an interface VPC endpoint for Systems Manager Incident Manager Contacts (com.amazonaws.REGION.ssm-contacts) in the VPC's private subnets with private DNS enabled, and restrict it with an endpoint policy.",
            Cli = "aws ec2 create-vpc-endpoint --vpc-id VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.REGION.ssm-contacts --subnet-ids SUBNET_ID --security-group-ids GROUP_ID --private-dns-enabled",
            Terraform = """
                resource "aws_vpc_endpoint" "ssm_contacts" {
                  vpc_id              = aws_vpc.this.id
                  service_name        = "com.amazonaws.REGION.ssm-contacts"
                  vpc_endpoint_type   = "Interface"
                  subnet_ids          = [aws_subnet.private.id]
                  security_group_ids  = [aws_security_group.endpoints.id]
                  private_dns_enabled = true
                }
                """,
            CloudFormation = """
                SsmContactsEndpoint:
                  Type: AWS::EC2::VPCEndpoint
                  Properties:
                    VpcId: !Ref Vpc
                    ServiceName: !Sub com.amazonaws.${AWS::Region}.ssm-contacts
                    VpcEndpointType: Interface
                    SubnetIds: [!Ref PrivateSubnet]
                    SecurityGroupIds: [!Ref EndpointSecurityGroup]
                    PrivateDnsEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/incident-manager/latest/userguide/vpc-interface-endpoints.html",
        },
    };

    protected override string EndpointService => "ssm-contacts";
}
