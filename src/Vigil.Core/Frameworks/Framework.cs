namespace Vigil.Core.Frameworks;

/// <summary>A compliance framework: its requirements and the checks that support each one.</summary>
public sealed record Framework
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Version { get; init; }
    public string Description { get => field ?? ""; init; }
    public IReadOnlyList<FrameworkRequirement> Requirements { get => field ?? []; init; }
}
