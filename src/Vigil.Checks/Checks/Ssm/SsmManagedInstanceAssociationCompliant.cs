using Vigil.Core.Checks;
using Vigil.Core.Model.Ssm;

namespace Vigil.Checks.Checks.Ssm;

internal sealed class SsmManagedInstanceAssociationCompliant : Check<ManagedInstance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ssm-managed-instance-association-compliant",
        Title = "Instances managed by Systems Manager have association compliance status COMPLIANT",
        Severity = Severity.Low,
        Service = "ssm",
        Domain = Domain.Governance,
        Risk = "A failed State Manager association means the configuration it enforces (agents, hardening, antivirus, inventory) is not applied, so the instance drifts from its intended secure state.",
        Remediation = new()
        {
            Text = "Review the failed association executions in State Manager, fix the cause (permissions, document parameters, agent connectivity) and re-run the association until the instance reports COMPLIANT.",
            Cli = "aws ssm start-associations-once --association-ids ASSOCIATION_ID",
            Terraform = """
                resource "aws_ssm_association" "this" {
                  name                = "AWS-GatherSoftwareInventory"
                  schedule_expression = "rate(1 day)"
                  targets {
                    key    = "InstanceIds"
                    values = ["INSTANCE_ID"]
                  }
                }
                """,
            CloudFormation = """
                InventoryAssociation:
                  Type: AWS::SSM::Association
                  Properties:
                    Name: AWS-GatherSoftwareInventory
                    ScheduleExpression: rate(1 day)
                    Targets:
                      - Key: InstanceIds
                        Values: [INSTANCE_ID]
                """,
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/state-manager-associations.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AssociationComplianceStatus"];

    public override CheckOutcome Evaluate(ManagedInstance instance, CheckContext context) => instance.AssociationComplianceStatus switch
    {
        null => NotApplicable,
        "COMPLIANT" => Pass($"Managed instance {instance.InstanceId} is compliant with its associations."),
        var status => Fail($"Managed instance {instance.InstanceId} has association compliance status {status}."),
    };
}
