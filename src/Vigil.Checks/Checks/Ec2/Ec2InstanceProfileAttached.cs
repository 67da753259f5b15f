using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2InstanceProfileAttached : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-instance-profile-attached",
        Title = "EC2 instances use an IAM instance profile for AWS access",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Identity,
        Risk = "Instances without an instance role tend to carry long-lived access keys in files or environment variables, which leak through images, backups and compromised hosts and are rarely rotated.",
        Remediation = new()
        {
            Text = "Create an IAM role with least-privilege permissions, wrap it in an instance profile and associate it with the instance; then remove any access keys stored on the instance.",
            Cli = "aws ec2 associate-iam-instance-profile --instance-id INSTANCE_ID --iam-instance-profile Name=PROFILE_NAME",
            Terraform = """
                resource "aws_instance" "this" {
                  # ...
                  iam_instance_profile = aws_iam_instance_profile.this.name
                }
                """,
            CloudFormation = """
                Instance:
                  Type: AWS::EC2::Instance
                  Properties:
                    IamInstanceProfile: !Ref InstanceProfile
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "IamInstanceProfileArn"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State is "terminated" or "shutting-down") return NotApplicable;
        return string.IsNullOrEmpty(instance.IamInstanceProfileArn)
            ? Fail($"Instance {instance.InstanceId} has no IAM instance profile attached.")
            : Pass($"Instance {instance.InstanceId} uses the instance profile {instance.IamInstanceProfileArn}.");
    }
}
