using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupNoPublicHighRiskPorts : Check<SecurityGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-no-public-high-risk-ports",
        Title = "Security groups do not allow unrestricted access to high-risk ports",
        Severity = Severity.Critical,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "High-risk ports (SSH, RDP, SMB, databases, admin consoles, search clusters) open to the internet are among the most attacked services and often lead to data theft or ransomware.",
        Remediation = new()
        {
            Text = "Remove 0.0.0.0/0 and ::/0 rules that reach high-risk ports, including all-traffic rules and port ranges covering them; allow those ports only from trusted CIDRs or security groups.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions IpProtocol=tcp,FromPort=PORT,ToPort=PORT,IpRanges='[{CidrIp=0.0.0.0/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "db" {
                  security_group_id            = aws_security_group.db.id
                  ip_protocol                  = "tcp"
                  from_port                    = 5432
                  to_port                      = 5432
                  referenced_security_group_id = aws_security_group.app.id
                }
                """,
            CloudFormation = """
                DbIngress:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: !Ref DbSecurityGroup
                    IpProtocol: tcp
                    FromPort: 5432
                    ToPort: 5432
                    SourceSecurityGroupId: !Ref AppSecurityGroup
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Ingress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        SortedSet<int>? open = null;
        foreach (var rule in group.Ingress)
        {
            if (!rule.FromWorld()) continue;
            foreach (var port in context.Settings.HighRiskPorts)
            {
                if (rule.AllowsTcpOrUdp(port)) (open ??= []).Add(port);
            }
        }
        return open is null
            ? Pass($"Security group {group.Label()} allows no unrestricted access to high-risk ports.")
            : Fail($"Security group {group.Label()} allows unrestricted access to high-risk port(s) {string.Join(", ", open)}.");
    }
}
