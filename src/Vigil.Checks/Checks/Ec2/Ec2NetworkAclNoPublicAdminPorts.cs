using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2NetworkAclNoPublicAdminPorts : Check<NetworkAcl>
{
    private static readonly int[] AdminPorts = [22, 3389];
    private static readonly string[] Protocols = ["tcp", "udp"];
    private static readonly bool[] Ipv6Families = [false, true];

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-network-acl-no-public-admin-ports",
        Title = "Network ACLs do not allow ingress from 0.0.0.0/0 or ::/0 to ports 22 or 3389",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "A network ACL that lets the whole internet reach SSH or RDP removes a layer of defence: one permissive security group is then enough to expose administration services.",
        Remediation = new()
        {
            Text = "Add inbound deny entries for TCP/UDP 22 and 3389 from 0.0.0.0/0 and ::/0 numbered before any broader allow entry, or narrow the allow entries to trusted CIDRs.",
            Cli = "aws ec2 create-network-acl-entry --network-acl-id NACL_ID --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny",
            Terraform = """
                resource "aws_network_acl_rule" "deny_ssh" {
                  network_acl_id = aws_network_acl.this.id
                  rule_number    = 50
                  egress         = false
                  protocol       = "tcp"
                  rule_action    = "deny"
                  cidr_block     = "0.0.0.0/0"
                  from_port      = 22
                  to_port        = 22
                }
                """,
            CloudFormation = """
                DenySsh:
                  Type: AWS::EC2::NetworkAclEntry
                  Properties:
                    NetworkAclId: !Ref NetworkAcl
                    RuleNumber: 50
                    Protocol: 6
                    RuleAction: deny
                    CidrBlock: 0.0.0.0/0
                    PortRange: { From: 22, To: 22 }
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Entries"];

    public override CheckOutcome Evaluate(NetworkAcl acl, CheckContext context)
    {
        List<string>? allowed = null;
        foreach (var ipv6 in Ipv6Families)
        {
            foreach (var protocol in Protocols)
            {
                foreach (var port in AdminPorts)
                {
                    if (FirstWorldRule(acl, ipv6, protocol, port) is { IsAllow: true } first)
                        (allowed ??= []).Add($"{protocol}/{port} from {(ipv6 ? "::/0" : "0.0.0.0/0")} (rule {first.RuleNumber})");
                }
            }
        }

        return allowed is null
            ? Pass($"Network ACL {acl.NetworkAclId} allows no ingress from the internet to ports 22 or 3389.")
            : Fail($"Network ACL {acl.NetworkAclId} allows ingress to {string.Join(", ", allowed)}.");
    }

    /// <summary>The lowest-numbered inbound rule from the whole internet that covers the port: the one a NACL applies.</summary>
    private static NetworkAclEntry? FirstWorldRule(NetworkAcl acl, bool ipv6, string protocol, int port)
    {
        NetworkAclEntry? first = null;
        var entries = acl.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Egress || (first is not null && entry.RuleNumber >= first.RuleNumber)) continue;
            if (SecurityGroupRules.IsWorld(ipv6 ? entry.Ipv6CidrBlock : entry.CidrBlock) && Covers(entry, protocol, port))
                first = entry;
        }

        return first;
    }

    private static bool Covers(NetworkAclEntry entry, string protocol, int port)
    {
        if (entry.Protocol is "-1" or "all") return true;
        var number = protocol == "tcp" ? "6" : "17";
        if (entry.Protocol != number && !string.Equals(entry.Protocol, protocol, StringComparison.OrdinalIgnoreCase)) return false;
        return entry.FromPort is null or -1 || entry.ToPort is null or -1 || (entry.FromPort <= port && port <= entry.ToPort);
    }
}
