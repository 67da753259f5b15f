using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupNoIpv6AdminPorts : Check<SecurityGroup>
{
    private static readonly int[] AdminPorts = [22, 3389];

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-no-ipv6-admin-ports",
        Title = "Security groups do not allow ingress from ::/0 to remote administration ports 22 or 3389",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "SSH and RDP reachable from any IPv6 address are scanned and brute-forced constantly; one weak credential or unpatched service gives an attacker a shell on the instance.",
        Remediation = new()
        {
            Text = "Remove the ::/0 rules for ports 22 and 3389 (including all-traffic and port-range rules covering them); allow only trusted CIDRs, or use Systems Manager Session Manager instead.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges='[{CidrIpv6=::/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "ssh" {
                  security_group_id = aws_security_group.this.id
                  ip_protocol       = "tcp"
                  from_port         = 22
                  to_port           = 22
                  cidr_ipv6         = "TRUSTED_IPV6_CIDR"
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
                    CidrIpv6: TRUSTED_IPV6_CIDR
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-54",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Ingress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        var open = group.Ingress
            .Where(r => r.FromIpv6World())
            .SelectMany(r => AdminPorts.Where(r.AllowsTcpOrUdp).Select(p => $"{p} (rule {r.Text()})"))
            .Distinct()
            .ToList();
        return open.Count == 0
            ? Pass($"Security group {group.Label()} allows no ingress from ::/0 to ports 22 or 3389.")
            : Fail($"Security group {group.Label()} allows ingress from ::/0 to port {string.Join(", ", open)}.");
    }
}
