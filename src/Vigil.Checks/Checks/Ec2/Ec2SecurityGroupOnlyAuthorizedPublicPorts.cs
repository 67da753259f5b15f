using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupOnlyAuthorizedPublicPorts : Check<SecurityGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-only-authorized-public-ports",
        Title = "Security groups allow unrestricted inbound traffic only to authorized ports",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Every port open to 0.0.0.0/0 or ::/0 beyond the intended public ones (by default 80 and 443) exposes a service to the whole internet for scanning and exploitation.",
        Remediation = new()
        {
            Text = "Replace 0.0.0.0/0 and ::/0 rules for unauthorized ports (including all-traffic rules and wide port ranges) with rules for specific trusted CIDRs, or add the port to the authorized list if it truly must be public.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions IpProtocol=PROTOCOL,FromPort=FROM_PORT,ToPort=TO_PORT,IpRanges='[{CidrIp=0.0.0.0/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "https" {
                  security_group_id = aws_security_group.this.id
                  ip_protocol       = "tcp"
                  from_port         = 443
                  to_port           = 443
                  cidr_ipv4         = "0.0.0.0/0"
                }
                """,
            CloudFormation = """
                HttpsIngress:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: !Ref SecurityGroup
                    IpProtocol: tcp
                    FromPort: 443
                    ToPort: 443
                    CidrIp: 0.0.0.0/0
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Ingress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        var authorized = context.Settings.AuthorizedPublicPorts;
        var offending = group.Ingress.Where(r => r.FromWorld() && ExposesUnauthorizedPort(r, authorized)).Select(r => r.Text()).Distinct().ToList();
        return offending.Count == 0
            ? Pass($"Security group {group.Label()} allows unrestricted ingress only to authorized ports.")
            : Fail($"Security group {group.Label()} allows unrestricted ingress to unauthorized ports: {string.Join(", ", offending)}.");
    }

    private static bool ExposesUnauthorizedPort(SecurityGroupRule rule, IReadOnlyList<int> authorized)
    {
        if (rule.AllProtocols) return true;
        if (!rule.IsTcpOrUdp()) return false;
        var (from, to) = rule.PortRange();
        return to - from + 1 > authorized.Distinct().Count(p => from <= p && p <= to);
    }
}
