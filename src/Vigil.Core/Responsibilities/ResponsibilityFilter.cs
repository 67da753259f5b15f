using Vigil.Core.Checks;

namespace Vigil.Core.Responsibilities;

/// <summary>Which services and which owners' duties a matrix shows (empty lists: all).</summary>
public sealed record ResponsibilityFilter
{
    public IReadOnlyList<string> Services { get; init; } = [];
    public IReadOnlyList<Responsibility> Owners { get; init; } = [];

    public bool Includes(ServiceResponsibility service) =>
        Services.Count == 0 || Services.Contains(service.Id, StringComparer.OrdinalIgnoreCase);

    public bool Includes(Responsibility owner) => Owners.Count == 0 || Owners.Contains(owner);

    /// <summary>The ids of the checks behind the duties this filter keeps for a service.</summary>
    public IEnumerable<string> CheckIds(ServiceResponsibility service) =>
        (Includes(Responsibility.Customer) ? service.CustomerDuties.SelectMany(d => d.Checks) : [])
        .Concat(Includes(Responsibility.Shared) ? service.SharedControls.SelectMany(c => c.Checks) : []);

    public ResponsibilityMatrix Apply(ResponsibilityMatrix matrix) => matrix with
    {
        Services = matrix.Services.Where(s => Includes(s.Service))
            .Select(s => s with { Duties = s.Duties.Where(d => Includes(d.Owner)).ToList() }).ToList(),
    };
}
