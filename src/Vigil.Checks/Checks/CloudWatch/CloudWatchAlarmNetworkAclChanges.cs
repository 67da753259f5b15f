using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmNetworkAclChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-nacl-changes",
        "Network ACL changes raise a CloudWatch alarm",
        Severity.Low,
        "Network ACL changes can open whole subnets to the internet or cut off monitoring traffic; without an alarm they go unnoticed.",
        "NACLChanges",
        Pattern);

    protected override string Subject => "network ACL changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = CreateNetworkAcl",
        "$.eventName = CreateNetworkAclEntry",
        "$.eventName = DeleteNetworkAcl",
        "$.eventName = DeleteNetworkAclEntry",
        "$.eventName = ReplaceNetworkAclEntry",
        "$.eventName = ReplaceNetworkAclAssociation",
    ];
}
