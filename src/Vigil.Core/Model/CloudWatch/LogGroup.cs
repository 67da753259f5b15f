namespace Vigil.Core.Model.CloudWatch;

public sealed record LogGroup : Resource
{
    public override string ResourceType => ResourceTypes.LogGroup;

    public int? RetentionInDays { get; init; }
    public string? KmsKeyId { get; init; }
    public IReadOnlyList<MetricFilter> MetricFilters { get => field ?? []; init; }
}
