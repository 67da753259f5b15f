using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmRootUsage : CisMonitoringCheck
{
    private const string Pattern = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-root-usage",
        "Use of the root user raises a CloudWatch alarm",
        Severity.Medium,
        "The root user bypasses every IAM policy and should almost never be used; unalerted root activity may be an attacker with the account's most powerful credentials.",
        "RootAccountUsage",
        Pattern);

    protected override string Subject => "uses of the root user";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.userIdentity.type = \"Root\"",
        "$.userIdentity.invokedBy NOT EXISTS",
        "$.eventType != \"AwsServiceEvent\"",
    ];
}
