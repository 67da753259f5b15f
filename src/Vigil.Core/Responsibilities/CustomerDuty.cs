namespace Vigil.Core.Responsibilities;

/// <summary>Something the customer must do for a service: verified by <see cref="Checks"/>, or, when no check can,
/// attested by a person as <see cref="Manual"/> says (exactly one of the two is given).</summary>
public sealed record CustomerDuty
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Checks { get; init; } = [];
    /// <summary>What a person must attest when no check verifies the duty.</summary>
    public string? Manual { get; init; }
    /// <summary>A default AWS applies that already meets the duty until the customer weakens it, or that the customer must opt into.</summary>
    public string? AwsDefault { get; init; }
}
