using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2TransitGatewayNoAutoAccept : Check<TransitGateway>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-transit-gateway-no-auto-accept",
        Title = "Transit gateways do not automatically accept shared VPC attachment requests",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "A transit gateway that auto-accepts attachments lets any account it is shared with connect a VPC to the corporate network without review, routing untrusted networks next to production.",
        Remediation = new()
        {
            Text = "Turn off auto accept shared attachments on the transit gateway and accept each cross-account attachment request explicitly.",
            Cli = "aws ec2 modify-transit-gateway --transit-gateway-id TGW_ID --options AutoAcceptSharedAttachments=disable",
            Terraform = """
                resource "aws_ec2_transit_gateway" "this" {
                  auto_accept_shared_attachments = "disable"
                }
                """,
            CloudFormation = """
                TransitGateway:
                  Type: AWS::EC2::TransitGateway
                  Properties:
                    AutoAcceptSharedAttachments: disable
                """,
            Url = "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "AutoAcceptSharedAttachments"];

    public override CheckOutcome Evaluate(TransitGateway gateway, CheckContext context)
    {
        if (gateway.State is "deleting" or "deleted") return NotApplicable;
        return gateway.AutoAcceptSharedAttachments switch
        {
            null => CheckOutcome.Error($"The attachment options of transit gateway {gateway.TransitGatewayId} were not reported."),
            "enable" => Fail($"Transit gateway {gateway.TransitGatewayId} automatically accepts shared VPC attachment requests."),
            _ => Pass($"Transit gateway {gateway.TransitGatewayId} requires shared attachments to be accepted explicitly."),
        };
    }
}
