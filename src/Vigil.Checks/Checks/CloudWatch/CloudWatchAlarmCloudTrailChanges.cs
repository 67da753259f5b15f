using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmCloudTrailChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-cloudtrail-changes",
        "CloudTrail configuration changes raise a CloudWatch alarm",
        Severity.Medium,
        "Stopping, deleting or redirecting a trail is what an intruder does first to hide; without an alarm the audit trail silently ends.",
        "CloudTrailConfigChanges",
        Pattern);

    protected override string Subject => "CloudTrail configuration changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = CreateTrail",
        "$.eventName = UpdateTrail",
        "$.eventName = DeleteTrail",
        "$.eventName = StartLogging",
        "$.eventName = StopLogging",
    ];
}
