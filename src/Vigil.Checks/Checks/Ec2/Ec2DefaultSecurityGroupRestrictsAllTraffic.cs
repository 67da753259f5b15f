using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2DefaultSecurityGroupRestrictsAllTraffic : Check<SecurityGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-default-security-group-restricts-all-traffic",
        Title = "The default security group of every VPC has no inbound or outbound rules",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Resources launched without an explicit security group land in the default group; if it has rules, they silently get network access nobody reviewed.",
        Remediation = new()
        {
            Text = "Remove every inbound and outbound rule from each VPC's default security group and attach purpose-built, least-privilege security groups to resources instead.",
            Cli = "aws ec2 revoke-security-group-ingress --group-id DEFAULT_GROUP_ID --ip-permissions '[{\"IpProtocol\":\"-1\",\"UserIdGroupPairs\":[{\"GroupId\":\"DEFAULT_GROUP_ID\"}]}]' && aws ec2 revoke-security-group-egress --group-id DEFAULT_GROUP_ID --ip-permissions '[{\"IpProtocol\":\"-1\",\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]}]'",
            Terraform = """
                resource "aws_default_security_group" "default" {
                  vpc_id = aws_vpc.this.id
                  # no ingress or egress blocks: Terraform removes all rules
                }
                """,
            CloudFormation = "# The default security group cannot be managed by CloudFormation; remove its rules with the CLI, Terraform (aws_default_security_group) or an AWS Config remediation.",
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Ingress", "Egress"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        if (!group.IsDefault) return NotApplicable;
        var vpc = group.VpcId is null ? "" : $" of {group.VpcId}";
        return group.Ingress.Count == 0 && group.Egress.Count == 0
            ? Pass($"The default security group {group.GroupId}{vpc} has no rules.")
            : Fail($"The default security group {group.GroupId}{vpc} has {group.Ingress.Count} inbound and {group.Egress.Count} outbound rule(s).");
    }
}
