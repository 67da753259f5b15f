using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmNetworkGatewayChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-network-gateway-changes",
        "Network gateway changes raise a CloudWatch alarm",
        Severity.Low,
        "A new or re-attached internet or customer gateway creates a path in or out of the VPC that bypasses the intended network design; without an alarm it goes unnoticed.",
        "NetworkGatewayChanges",
        Pattern);

    protected override string Subject => "network gateway changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = CreateCustomerGateway",
        "$.eventName = DeleteCustomerGateway",
        "$.eventName = AttachInternetGateway",
        "$.eventName = CreateInternetGateway",
        "$.eventName = DeleteInternetGateway",
        "$.eventName = DetachInternetGateway",
    ];
}
