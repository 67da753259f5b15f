using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2VpcFlowLogsEnabled : Check<Vpc>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-vpc-flow-logs-enabled",
        Title = "Every VPC has an active flow log that captures rejected traffic",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without flow logs there is no record of who tried to reach what inside the VPC, so scans, lateral movement and exfiltration cannot be detected or investigated.",
        Remediation = new()
        {
            Text = "Create a VPC flow log with traffic type REJECT or ALL delivering to CloudWatch Logs or S3, and fix any flow log whose delivery is failing.",
            Cli = "aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type cloud-watch-logs --log-group-name LOG_GROUP --deliver-logs-permission-arn ROLE_ARN",
            Terraform = """
                resource "aws_flow_log" "this" {
                  vpc_id          = aws_vpc.this.id
                  traffic_type    = "ALL"
                  log_destination = aws_cloudwatch_log_group.flow.arn
                  iam_role_arn    = aws_iam_role.flow.arn
                }
                """,
            CloudFormation = """
                FlowLog:
                  Type: AWS::EC2::FlowLog
                  Properties:
                    ResourceId: !Ref Vpc
                    ResourceType: VPC
                    TrafficType: ALL
                    LogGroupName: !Ref FlowLogGroup
                    DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["FlowLogs"];

    public override CheckOutcome Evaluate(Vpc vpc, CheckContext context)
    {
        if (vpc.FlowLogs.Count == 0) return Fail($"VPC {vpc.VpcId} has no flow log.");
        var capturing = vpc.FlowLogs.FirstOrDefault(f =>
            string.Equals(f.Status, "ACTIVE", StringComparison.OrdinalIgnoreCase)
            && (string.Equals(f.TrafficType, "REJECT", StringComparison.OrdinalIgnoreCase) || string.Equals(f.TrafficType, "ALL", StringComparison.OrdinalIgnoreCase)));
        return capturing is not null
            ? Pass($"VPC {vpc.VpcId} has the active flow log {capturing.FlowLogId} capturing {capturing.TrafficType} traffic.")
            : Fail($"VPC {vpc.VpcId} has no active flow log capturing rejected traffic ({string.Join(", ", vpc.FlowLogs.Select(f => $"{f.FlowLogId}: {f.TrafficType}, {f.Status}"))}).");
    }
}
