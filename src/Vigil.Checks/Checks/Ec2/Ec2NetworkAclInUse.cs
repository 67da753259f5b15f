using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2NetworkAclInUse : Check<NetworkAcl>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-network-acl-in-use",
        Title = "Network ACLs that are not the VPC default are associated with a subnet",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Unused network ACLs clutter the network configuration, hide which rules really apply and can be attached to a subnet by mistake with stale, unreviewed rules.",
        Remediation = new()
        {
            Text = "Delete network ACLs that are associated with no subnet, or associate them with the subnets they were meant to protect.",
            Cli = "aws ec2 delete-network-acl --network-acl-id NACL_ID",
            Terraform = "# Remove the unused aws_network_acl resource from the configuration and apply.",
            CloudFormation = "# Remove the unused AWS::EC2::NetworkAcl resource from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/network-acls.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SubnetIds"];

    public override CheckOutcome Evaluate(NetworkAcl acl, CheckContext context)
    {
        if (acl.IsDefault) return NotApplicable;
        return acl.SubnetIds.Count > 0
            ? Pass($"Network ACL {acl.NetworkAclId} is associated with {acl.SubnetIds.Count} subnet(s).")
            : Fail($"Network ACL {acl.NetworkAclId} is not associated with any subnet.");
    }
}
