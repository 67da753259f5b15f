using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpcBlockPublicAccessEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpc-block-public-access-enabled",
        Title = "VPC Block Public Access blocks internet gateway traffic in every region",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Without VPC Block Public Access, one route to an internet gateway and one permissive security group are enough to expose a workload; the region has no guardrail above individual VPC configurations.",
        Remediation = new()
        {
            Text = "Turn on VPC Block Public Access in each region, in block-ingress mode (outbound through NAT still works) or block-bidirectional mode, and add exclusions only for the VPCs or subnets that must be public.",
            Cli = "aws ec2 modify-vpc-block-public-access-options --internet-gateway-block-mode block-ingress --region REGION",
            Terraform = """
                resource "aws_vpc_block_public_access_options" "this" {
                  internet_gateway_block_mode = "block-ingress"
                }
                """,
            CloudFormation = """
                VpcBlockPublicAccess:
                  Type: AWS::EC2::VPCBlockPublicAccessOptions
                  Properties:
                    InternetGatewayBlockMode: block-ingress
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html",
        },
    };

    protected override string Setting => "vpc-block-public-access";

    public override IReadOnlyList<string>? Reads => ["VpcBlockPublicAccessMode"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context) => region.VpcBlockPublicAccessMode switch
    {
        null => CheckOutcome.Error($"The VPC Block Public Access options were not collected for {region.Region}."),
        "block-bidirectional" or "block-ingress" => Pass($"VPC Block Public Access is in {region.VpcBlockPublicAccessMode} mode in {region.Region}."),
        var mode => Fail($"VPC Block Public Access is {mode} in {region.Region} of account {region.AccountId}: internet gateway traffic is not blocked."),
    };
}
