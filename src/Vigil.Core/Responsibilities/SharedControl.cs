namespace Vigil.Core.Responsibilities;

/// <summary>A control both parties implement, each in its own layer: AWS's part and the customer's part, the
/// latter verified by <see cref="Checks"/> or attested as <see cref="Manual"/> says (exactly one of the two).</summary>
public sealed record SharedControl
{
    /// <summary>One of <see cref="SharedControlIds.All"/>.</summary>
    public required string Id { get; init; }
    public required string Aws { get; init; }
    public required string Customer { get; init; }
    public IReadOnlyList<string> Checks { get; init; } = [];
    public string? Manual { get; init; }
}
