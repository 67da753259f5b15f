using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudWatch;

internal sealed class CloudWatchAlarmConfigChanges : CisMonitoringCheck
{
    private const string Pattern = "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }";

    public override CheckMetadata Metadata { get; } = Describe(
        "cloudwatch-alarm-config-changes",
        "AWS Config configuration changes raise a CloudWatch alarm",
        Severity.Low,
        "Stopping the configuration recorder or deleting its delivery channel blinds configuration history and compliance rules; without an alarm the gap is found only later.",
        "AWSConfigChanges",
        Pattern);

    protected override string Subject => "AWS Config configuration changes";

    protected override IReadOnlyList<string> RequiredTerms { get; } =
    [
        "$.eventSource = config.amazonaws.com",
        "$.eventName = StopConfigurationRecorder",
        "$.eventName = DeleteDeliveryChannel",
        "$.eventName = PutDeliveryChannel",
        "$.eventName = PutConfigurationRecorder",
    ];
}
