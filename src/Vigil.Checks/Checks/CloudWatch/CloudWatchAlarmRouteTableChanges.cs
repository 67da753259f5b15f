using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmRouteTableChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-route-table-changes",
        "Route table changes raise a CloudWatch alarm",
        Severity.Low,
        "A changed route can send private traffic through an attacker-controlled path or to the internet; without an alarm the change is found only after the damage.",
        "RouteTableChanges",
        Pattern);

    protected override string Subject => "route table changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = CreateRoute",
        "$.eventName = CreateRouteTable",
        "$.eventName = ReplaceRoute",
        "$.eventName = ReplaceRouteTableAssociation",
        "$.eventName = DeleteRouteTable",
        "$.eventName = DeleteRoute",
        "$.eventName = DisassociateRouteTable",
    ];
}
