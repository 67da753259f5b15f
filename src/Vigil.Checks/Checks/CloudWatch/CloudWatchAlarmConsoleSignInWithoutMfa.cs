using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmConsoleSignInWithoutMfa : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-console-sign-in-without-mfa",
        "Console sign-ins without MFA raise a CloudWatch alarm",
        Severity.Medium,
        "A console sign-in without MFA means a password alone was enough; unnoticed, it lets a phished or reused password become a full console session.",
        "ConsoleSigninWithoutMFA",
        Pattern);

    protected override string Subject => "console sign-ins without MFA";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = \"ConsoleLogin\"",
        "$.additionalEventData.MFAUsed != \"Yes\"",
    ];
}
