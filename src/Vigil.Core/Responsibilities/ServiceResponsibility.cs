namespace Vigil.Core.Responsibilities;

/// <summary>One AWS service in the responsibility catalog: its category, AWS's duties and evidence, the customer's
/// duties and the shared controls.</summary>
public sealed record ServiceResponsibility
{
    /// <summary>Lower-case id, the same as the checks' service field where checks of the service exist.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ServiceCategory Category { get; init; }
    public required CategoryBasis CategoryBasis { get; init; }
    /// <summary>A qualification of the category (launch types, AWS's own grouping), when there is one.</summary>
    public string? CategoryNote { get; init; }
    public required ServicePresence Presence { get; init; }
    public required IReadOnlyList<AwsDuty> AwsDuties { get; init; }
    /// <summary>Ids of <see cref="EvidenceReport"/>s covering AWS's side of this service.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }
    public required IReadOnlyList<CustomerDuty> CustomerDuties { get; init; }
    public required IReadOnlyList<SharedControl> SharedControls { get; init; }

    /// <summary>Every check id the service's customer duties and shared controls reference.</summary>
    public IEnumerable<string> CheckIds =>
        CustomerDuties.SelectMany(d => d.Checks).Concat(SharedControls.SelectMany(c => c.Checks)).Distinct(StringComparer.Ordinal);
}
