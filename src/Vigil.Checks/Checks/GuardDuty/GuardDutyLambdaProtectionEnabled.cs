using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.GuardDuty;

internal sealed class GuardDutyLambdaProtectionEnabled : GuardDutyProtectionPlanCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "guardduty-lambda-protection-enabled",
        Title = "GuardDuty Lambda Protection is enabled in every region",
        Severity = Severity.High,
        Service = "guardduty",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without Lambda Protection GuardDuty does not monitor the network activity of Lambda functions, so a compromised function mining crypto or talking to a command-and-control host goes undetected.",
        Remediation = EnableFeature(
            "Enable the Lambda Protection plan (Lambda network activity logs) on the GuardDuty detector of every region.",
            "LAMBDA_NETWORK_LOGS", null,
            "https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html"),
    };

    protected override string Plan => "Lambda Protection";

    protected override IReadOnlyList<string> Features => ["LAMBDA_NETWORK_LOGS"];
}
