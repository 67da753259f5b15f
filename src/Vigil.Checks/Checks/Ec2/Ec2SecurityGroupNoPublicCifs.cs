using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupNoPublicCifs : Check<SecurityGroup>
{
    private const int CifsPort = 445;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-no-public-cifs",
        Title = "Security groups do not allow CIFS/SMB (port 445) from the internet",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "SMB on port 445 exposed to the internet invites wormable exploits (EternalBlue, SMBGhost), credential relay and brute force against file shares.",
        Remediation = new()
        {
            Text = "Remove rules that allow TCP 445 (or all traffic, or a port range covering 445) from 0.0.0.0/0 or ::/0; allow SMB only from trusted networks, for example over a VPN.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id GROUP_ID --ip-permissions IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges='[{CidrIp=0.0.0.0/0}]'",
            Terraform = """
                resource "aws_vpc_security_group_ingress_rule" "smb" {
                  security_group_id = aws_security_group.this.id
                  ip_protocol       = "tcp"
                  from_port         = 445
                  to_port           = 445
                  cidr_ipv4         = "TRUSTED_CIDR"
                }
                """,
            CloudFormation = """
                SmbIngress:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: !Ref SecurityGroup
                    IpProtocol: tcp
                    FromPort: 445
                    ToPort: 445
                    CidrIp: TRUSTED_CIDR
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Ingress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        var open = group.Ingress.Where(r => r.FromWorld() && r.CoversPort(CifsPort, "tcp")).Select(r => r.Text()).Distinct().ToList();
        return open.Count == 0
            ? Pass($"Security group {group.Label()} does not allow port 445 from the internet.")
            : Fail($"Security group {group.Label()} allows CIFS port 445 from the internet ({string.Join(", ", open)}).");
    }
}
