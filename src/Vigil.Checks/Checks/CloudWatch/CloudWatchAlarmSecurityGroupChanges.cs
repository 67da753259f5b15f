using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmSecurityGroupChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-security-group-changes",
        "Security group changes raise a CloudWatch alarm",
        Severity.Low,
        "A rule opened to the internet on a security group exposes instances and databases immediately; an alarm shortens the time until someone closes it.",
        "SecurityGroupChanges",
        Pattern);

    protected override string Subject => "security group changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = AuthorizeSecurityGroupIngress",
        "$.eventName = AuthorizeSecurityGroupEgress",
        "$.eventName = RevokeSecurityGroupIngress",
        "$.eventName = RevokeSecurityGroupEgress",
        "$.eventName = CreateSecurityGroup",
        "$.eventName = DeleteSecurityGroup",
    ];
}
