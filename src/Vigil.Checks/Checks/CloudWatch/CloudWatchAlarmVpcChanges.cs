using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmVpcChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-vpc-changes",
        "VPC changes raise a CloudWatch alarm",
        Severity.Low,
        "New VPCs, peering connections or changed VPC attributes can connect networks that should stay apart; without an alarm the new path stays open.",
        "VPCChanges",
        Pattern);

    protected override string Subject => "VPC changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = CreateVpc",
        "$.eventName = DeleteVpc",
        "$.eventName = ModifyVpcAttribute",
        "$.eventName = AcceptVpcPeeringConnection",
        "$.eventName = CreateVpcPeeringConnection",
        "$.eventName = DeleteVpcPeeringConnection",
        "$.eventName = RejectVpcPeeringConnection",
        "$.eventName = AttachClassicLinkVpc",
        "$.eventName = DetachClassicLinkVpc",
        "$.eventName = DisableVpcClassicLink",
        "$.eventName = EnableVpcClassicLink",
    ];
}
