using Vigil.Core.Checks;
using Vigil.Core.Frameworks;

namespace Vigil.Core.Engine;

/// <summary>Which checks a scan runs: by id patterns, service, minimum severity and framework (all optional; AND).</summary>
public sealed record CheckSelection
{
    public IReadOnlyList<string> CheckPatterns { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public Severity? MinimumSeverity { get; init; }
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    public IReadOnlyList<ICheck> Apply(IReadOnlyList<ICheck> checks, FrameworkCatalog frameworks) =>
        checks.Where(c => Includes(c, frameworks)).ToList();

    private bool Includes(ICheck check, FrameworkCatalog frameworks)
    {
        var metadata = check.Metadata;
        if (CheckPatterns.Count > 0 && !Glob.AnyMatch(CheckPatterns, metadata.Id)) return false;
        if (Services.Count > 0 && !Services.Contains(metadata.Service, StringComparer.OrdinalIgnoreCase)) return false;
        if (MinimumSeverity is { } minimum && metadata.Severity < minimum) return false;
        if (Frameworks.Count > 0)
        {
            var mapped = frameworks.RequirementsOf(metadata.Id);
            if (!Frameworks.Any(f => mapped.Keys.Contains(f, StringComparer.OrdinalIgnoreCase))) return false;
        }
        return true;
    }
}
