using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmIamPolicyChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-iam-policy-changes",
        "IAM policy changes raise a CloudWatch alarm",
        Severity.Low,
        "Changing or attaching IAM policies is how privileges are escalated; without an alarm a new administrator policy can appear and be used before anyone notices.",
        "IAMPolicyChanges",
        Pattern);

    protected override string Subject => "IAM policy changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = DeleteGroupPolicy",
        "$.eventName = DeleteRolePolicy",
        "$.eventName = DeleteUserPolicy",
        "$.eventName = PutGroupPolicy",
        "$.eventName = PutRolePolicy",
        "$.eventName = PutUserPolicy",
        "$.eventName = CreatePolicy",
        "$.eventName = DeletePolicy",
        "$.eventName = CreatePolicyVersion",
        "$.eventName = DeletePolicyVersion",
        "$.eventName = AttachRolePolicy",
        "$.eventName = DetachRolePolicy",
        "$.eventName = AttachUserPolicy",
        "$.eventName = DetachUserPolicy",
        "$.eventName = AttachGroupPolicy",
        "$.eventName = DetachGroupPolicy",
    ];
}
