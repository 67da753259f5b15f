using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2InstanceNotParavirtual : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-instance-not-paravirtual",
        Title = "EC2 instances use HVM rather than paravirtual virtualization",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Paravirtual (PV) instances run on previous-generation types and old PV-GRUB kernels that no longer receive the security and performance improvements of HVM instances.",
        Remediation = new()
        {
            Text = "Migrate the workload to an HVM AMI on a current-generation instance type, then terminate the paravirtual instance.",
            Cli = "aws ec2 run-instances --image-id HVM_AMI_ID --instance-type INSTANCE_TYPE --subnet-id SUBNET_ID  # then terminate the PV instance",
            Terraform = """
                resource "aws_instance" "this" {
                  ami           = "HVM_AMI_ID"
                  instance_type = "t3.micro"
                }
                """,
            CloudFormation = """
                Instance:
                  Type: AWS::EC2::Instance
                  Properties:
                    ImageId: HVM_AMI_ID
                    InstanceType: t3.micro
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ComponentsAMIs.html#virtualization_types",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "VirtualizationType"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State is "terminated" or "shutting-down") return NotApplicable;
        return string.Equals(instance.VirtualizationType, "paravirtual", StringComparison.OrdinalIgnoreCase)
            ? Fail($"Instance {instance.InstanceId} uses paravirtual virtualization.")
            : Pass($"Instance {instance.InstanceId} uses {instance.VirtualizationType} virtualization.");
    }
}
