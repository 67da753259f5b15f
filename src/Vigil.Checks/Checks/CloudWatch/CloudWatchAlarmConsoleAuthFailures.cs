using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmConsoleAuthFailures : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-console-auth-failures",
        "Console authentication failures raise a CloudWatch alarm",
        Severity.Low,
        "Bursts of failed console sign-ins indicate password guessing or credential stuffing; without an alarm the attack runs until it succeeds.",
        "ConsoleSigninFailures",
        Pattern);

    protected override string Subject => "console authentication failures";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventName = ConsoleLogin",
        "$.errorMessage = \"Failed authentication\"",
    ];
}
