using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmKmsKeyDisableOrDeletion : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-kms-key-disable-or-deletion",
        "Disabling or scheduling deletion of KMS keys raises a CloudWatch alarm",
        Severity.Medium,
        "Data encrypted under a disabled or deleted customer managed key becomes unreadable; an unnoticed ScheduleKeyDeletion is a ransom or sabotage vector with a short window to cancel.",
        "DisableOrDeleteCMK",
        Pattern);

    protected override string Subject => "disabled or scheduled-for-deletion KMS keys";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventSource = kms.amazonaws.com",
        "$.eventName = DisableKey",
        "$.eventName = ScheduleKeyDeletion",
    ];
}
