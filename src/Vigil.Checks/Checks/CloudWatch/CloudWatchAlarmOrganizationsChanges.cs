using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmOrganizationsChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-organizations-changes",
        "AWS Organizations changes raise a CloudWatch alarm",
        Severity.Low,
        "Changes to the organization (accounts leaving, service control policies detached or edited) remove guardrails from every member account; without an alarm they go unnoticed.",
        "OrganizationsChanges",
        Pattern);

    protected override string Subject => "AWS Organizations changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventSource = organizations.amazonaws.com",
        "$.eventName = AcceptHandshake",
        "$.eventName = AttachPolicy",
        "$.eventName = CreateAccount",
        "$.eventName = CreateOrganizationalUnit",
        "$.eventName = CreatePolicy",
        "$.eventName = DeclineHandshake",
        "$.eventName = DeleteOrganization",
        "$.eventName = DeleteOrganizationalUnit",
        "$.eventName = DeletePolicy",
        "$.eventName = DetachPolicy",
        "$.eventName = DisablePolicyType",
        "$.eventName = EnablePolicyType",
        "$.eventName = InviteAccountToOrganization",
        "$.eventName = LeaveOrganization",
        "$.eventName = MoveAccount",
        "$.eventName = RemoveAccountFromOrganization",
        "$.eventName = UpdatePolicy",
        "$.eventName = UpdateOrganizationalUnit",
    ];
}
