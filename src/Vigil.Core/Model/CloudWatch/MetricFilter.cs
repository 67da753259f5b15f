namespace Vigil.Core.Model.CloudWatch;

public sealed record MetricFilter
{
    public required string FilterName { get; init; }
    public required string FilterPattern { get; init; }
    public IReadOnlyList<MetricTransformation> Transformations { get => field ?? []; init; }
}
