namespace Vigil.Core.Model.CloudWatch;

public sealed record MetricAlarm : Resource
{
    public override string ResourceType => ResourceTypes.MetricAlarm;

    public string? MetricName { get; init; }
    public string? Namespace { get; init; }
    public bool ActionsEnabled { get; init; }
    public IReadOnlyList<string> AlarmActions { get => field ?? []; init; }
    /// <summary>OK, ALARM or INSUFFICIENT_DATA.</summary>
    public string? StateValue { get; init; }
}
