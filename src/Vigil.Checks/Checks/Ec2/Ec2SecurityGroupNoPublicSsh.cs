using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupNoPublicSsh : WorldOpenPortCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-no-public-ssh",
        Title = "Security groups do not allow SSH (port 22) from 0.0.0.0/0 or ::/0",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "SSH reachable from any IPv4 or IPv6 address is scanned and brute-forced constantly; one leaked key, weak password or sshd vulnerability gives an attacker a shell.",
        Remediation = new()
        {
            Text = "Remove the rules that open port 22 to 0.0.0.0/0 or ::/0 (including all-traffic and port-range rules covering it); allow only trusted CIDRs, or use Systems Manager Session Manager or EC2 Instance Connect Endpoint instead.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "ssh" {
                  security_group_id = aws_security_group.this.id
                  ip_protocol       = "tcp"
                  from_port         = 22
                  to_port           = 22
                  cidr_ipv4         = "198.51.100.0/24" # the corporate VPN, never 0.0.0.0/0
                }
                """,
            CloudFormation = """
                SshIngress:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: !Ref SecurityGroup
                    IpProtocol: tcp
                    FromPort: 22
                    ToPort: 22
                    CidrIp: 198.51.100.0/24
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13",
        },
    };

    protected override int Port => 22;
}
