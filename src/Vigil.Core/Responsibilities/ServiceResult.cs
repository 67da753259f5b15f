namespace Vigil.Core.Responsibilities;

/// <summary>One service present in the estate: why it is counted as present and every duty with its status.</summary>
public sealed record ServiceResult
{
    public required ServiceResponsibility Service { get; init; }
    /// <summary>Resources of the service's types in the estate.</summary>
    public required int Resources { get; init; }
    /// <summary>The account-level settings of the service that were found.</summary>
    public required IReadOnlyList<string> Settings { get; init; }
    /// <summary>Collection errors recorded for the service (listing or reading failed).</summary>
    public required int CollectionErrors { get; init; }
    public required IReadOnlyList<DutyResult> Duties { get; init; }
}
