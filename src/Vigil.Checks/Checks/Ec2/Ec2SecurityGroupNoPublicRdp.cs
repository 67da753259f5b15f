using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupNoPublicRdp : WorldOpenPortCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-no-public-rdp",
        Title = "Security groups do not allow RDP (port 3389) from 0.0.0.0/0 or ::/0",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "RDP open to the internet is one of the most common ransomware entry points: it is brute-forced around the clock and has a history of pre-authentication vulnerabilities.",
        Remediation = new()
        {
            Text = "Remove the rules that open port 3389 to 0.0.0.0/0 or ::/0 (including all-traffic and port-range rules covering it); allow only trusted CIDRs, or use Fleet Manager or a VPN instead.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions 'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "rdp" {
                  security_group_id = aws_security_group.this.id
                  ip_protocol       = "tcp"
                  from_port         = 3389
                  to_port           = 3389
                  cidr_ipv4         = "198.51.100.0/24" # the corporate VPN, never 0.0.0.0/0
                }
                """,
            CloudFormation = """
                RdpIngress:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: !Ref SecurityGroup
                    IpProtocol: tcp
                    FromPort: 3389
                    ToPort: 3389
                    CidrIp: 198.51.100.0/24
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14",
        },
    };

    protected override int Port => 3389;
}
