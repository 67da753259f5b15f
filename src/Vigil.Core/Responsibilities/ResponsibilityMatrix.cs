namespace Vigil.Core.Responsibilities;

/// <summary>The shared-responsibility matrix of an estate: the services it uses, each with its duties.</summary>
public sealed record ResponsibilityMatrix
{
    public required IReadOnlyList<ServiceResult> Services { get; init; }
    public required ResponsibilityCatalog Catalog { get; init; }
}
