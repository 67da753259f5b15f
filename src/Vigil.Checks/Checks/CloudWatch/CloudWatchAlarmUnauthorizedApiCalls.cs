using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmUnauthorizedApiCalls : CisMonitoringCheck
{
    private const string Pattern = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-unauthorized-api-calls",
        "Unauthorized API calls raise a CloudWatch alarm",
        Severity.Medium,
        "Repeated AccessDenied and UnauthorizedOperation errors are the first sign of stolen credentials probing what they can do, or of an application misconfiguration; without an alarm nobody sees them.",
        "UnauthorizedAPICalls",
        Pattern);

    protected override string Subject => "unauthorized API calls";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.errorCode = \"*UnauthorizedOperation\"",
        "$.errorCode = \"AccessDenied*\"",
    ];
}
