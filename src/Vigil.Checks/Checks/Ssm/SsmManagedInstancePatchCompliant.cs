using Vigil.Core.Checks;
using Vigil.Core.Model.Ssm;

namespace Vigil.Checks.Checks.Ssm;

internal sealed class SsmManagedInstancePatchCompliant : Check<ManagedInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ssm-managed-instance-patch-compliant",
        Title = "Instances managed by Systems Manager are patch compliant",
        Severity = Severity.High,
        Service = "ssm",
        Domain = Domain.VulnerabilityPatching,
        Risk = "Missing security and critical patches leave known, often publicly exploited vulnerabilities open on the instance; an instance that never reports a patch scan hides the same risk.",
        Remediation = new()
        {
            Text = "Scan and install patches with Patch Manager (a patch policy in Quick Setup or a maintenance window running AWS-RunPatchBaseline with Operation=Install), then confirm the instance reports COMPLIANT.",
            Cli = "aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=INSTANCE_ID --parameters Operation=Install",
            Terraform = """
                resource "aws_ssm_association" "patch" {
                  name                = "AWS-RunPatchBaseline"
                  schedule_expression = "rate(7 days)"
                  parameters          = { Operation = "Install" }
                  targets {
                    key    = "InstanceIds"
                    values = ["INSTANCE_ID"]
                  }
                }
                """,
            CloudFormation = """
                PatchAssociation:
                  Type: AWS::SSM::Association
                  Properties:
                    Name: AWS-RunPatchBaseline
                    ScheduleExpression: rate(7 days)
                    Parameters:
                      Operation: [Install]
                    Targets:
                      - Key: InstanceIds
                        Values: [INSTANCE_ID]
                """,
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["PatchComplianceStatus", "MissingCriticalPatches", "MissingSecurityPatches"];

    public override CheckOutcome Evaluate(ManagedInstance instance, CheckContext context) => instance.PatchComplianceStatus switch
    {
        null => Fail($"Managed instance {instance.InstanceId} has no patch compliance data: no patch scan has reported, so its patch state is unknown."),
        "COMPLIANT" => Pass($"Managed instance {instance.InstanceId} is patch compliant."),
        var status => Fail($"Managed instance {instance.InstanceId} has patch compliance status {status} " +
                           $"({instance.MissingCriticalPatches} critical and {instance.MissingSecurityPatches} security patch(es) missing)."),
    };
}
