using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2SecurityGroupInUse : Check<SecurityGroup>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-security-group-in-use",
        Title = "Security groups that are not a VPC default are attached to a network interface",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Unused security groups accumulate stale, unreviewed rules (often broad test openings) that anyone can attach to a new instance, and they obscure which rules really protect the estate.",
        Remediation = new()
        {
            Text = "Delete security groups that no network interface uses, after checking no launch template, launch configuration or other group's rule still refers to them.",
            Cli = "aws ec2 delete-security-group --group-id SG_ID",
            Terraform = "# Remove the unused aws_security_group resource from the configuration and apply.",
            CloudFormation = "# Remove the unused AWS::EC2::SecurityGroup resource from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AttachmentCount"];

    public override CheckOutcome Evaluate(SecurityGroup group, CheckContext context)
    {
        if (group.IsDefault) return NotApplicable;
        return group.AttachmentCount switch
        {
            null => CheckOutcome.Error($"The network interfaces using security group {group.GroupId} were not collected."),
            0 => Fail($"Security group {group.GroupId} ({group.Name}) is not attached to any network interface."),
            var count => Pass($"Security group {group.GroupId} is attached to {count} network interface(s)."),
        };
    }
}
