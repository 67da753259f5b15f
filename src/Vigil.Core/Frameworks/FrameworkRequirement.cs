namespace Vigil.Core.Frameworks;

public sealed record FrameworkRequirement
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Section { get => field ?? ""; init; }
    /// <summary>Automated or Manual, as the framework classifies it (CIS); empty when it does not.</summary>
    public string Assessment { get => field ?? ""; init; }
    public IReadOnlyList<string> Checks { get => field ?? []; init; }
    /// <summary>What a person must attest or provide: all of the evidence when the requirement has no checks, the part
    /// the checks cannot show when it has.</summary>
    public string? Manual { get; init; }
}
