using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2ElasticIpInUse : Check<ElasticIp>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-elastic-ip-in-use",
        Title = "Elastic IP addresses are associated with an instance or network interface",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.Governance,
        Risk = "An unassociated Elastic IP is billed for nothing and is a forgotten public address: DNS records and allow-lists that still point at it can be taken over when it is re-associated with another resource.",
        Remediation = new()
        {
            Text = "Release Elastic IP addresses that no instance or network interface uses, after removing DNS records and allow-list entries that refer to them.",
            Cli = "aws ec2 release-address --allocation-id EIPALLOC_ID",
            Terraform = "# Remove the unused aws_eip resource from the configuration and apply.",
            CloudFormation = "# Remove the unused AWS::EC2::EIP resource from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/working-with-eips.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AssociationId"];

    public override CheckOutcome Evaluate(ElasticIp address, CheckContext context) => address.IsAssociated
        ? Pass($"Elastic IP {address.PublicIp ?? address.AllocationId} is associated ({address.AssociationId}).")
        : Fail($"Elastic IP {address.PublicIp ?? address.AllocationId} ({address.AllocationId}) is not associated with any instance or network interface.");
}
