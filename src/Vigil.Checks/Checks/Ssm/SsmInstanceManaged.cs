using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Ssm;

namespace Vigil.Checks.Checks.Ssm;

internal sealed class SsmInstanceManaged : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ssm-instance-managed",
        Title = "Running EC2 instances are managed by AWS Systems Manager",
        Severity = Severity.Medium,
        Service = "ssm",
        Domain = Domain.Governance,
        Risk = "Instances outside Systems Manager escape inventory, patching, compliance scanning and audited shell access, so their vulnerabilities and configuration drift go unnoticed.",
        Remediation = new()
        {
            Text = "Install or start the SSM Agent (preinstalled on most AWS AMIs), give the instance a role with AmazonSSMManagedInstanceCore (or enable Default Host Management Configuration) and make sure it can reach the Systems Manager endpoints.",
            Cli = "aws ssm update-service-setting --setting-id arn:aws:ssm:REGION:ACCOUNT_ID:servicesetting/ssm/managed-instance/default-ec2-instance-management-role --setting-value service-role/AWSSystemsManagerDefaultEC2InstanceManagementRole",
            Terraform = """
                resource "aws_iam_role_policy_attachment" "ssm_core" {
                  role       = aws_iam_role.instance.name
                  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
                }
                """,
            CloudFormation = """
                InstanceRole:
                  Type: AWS::IAM::Role
                  Properties:
                    AssumeRolePolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { Service: ec2.amazonaws.com }
                          Action: sts:AssumeRole
                    ManagedPolicyArns:
                      - arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore
                """,
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/managed_instances.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Ec2Instance), typeof(ManagedInstance)];

    public override IReadOnlyList<string>? Reads => ["State"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (!instance.IsRunning) return NotApplicable;
        var managed = context.Index.First<ManagedInstance>("account+instance-id", m => $"{m.AccountId}/{m.InstanceId}").GetValueOrDefault($"{instance.AccountId}/{instance.InstanceId}");
        return managed switch
        {
            null => Fail($"Running instance {instance.InstanceId} is not registered with Systems Manager."),
            { PingStatus: "Inactive" } => Fail($"Instance {instance.InstanceId} is registered with Systems Manager but inactive."),
            _ => Pass($"Instance {instance.InstanceId} is managed by Systems Manager (ping status {managed.PingStatus})."),
        };
    }
}
