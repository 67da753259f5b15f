using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;

namespace Vigil.Core.Responsibilities;

/// <summary>The responsibility matrix of an estate: finds the services in use, runs the checks behind their
/// duties through the scan engine, and rolls the findings up per duty.</summary>
public sealed class ResponsibilityAssessor(ResponsibilityCatalog catalog, CheckCatalog checks, FrameworkCatalog frameworks, TimeProvider clock)
{
    public (ScanResult Result, ResponsibilityMatrix Matrix) Assess(
        Snapshot snapshot, IReadOnlyList<InputSource> inputs, ResponsibilityFilter filter, CheckSettings settings, CancellationToken cancellationToken)
    {
        var needed = ServiceDetector.Detect(catalog, snapshot)
            .Where(present => filter.Includes(present.Service))
            .SelectMany(present => filter.CheckIds(present.Service))
            .ToHashSet(StringComparer.Ordinal);
        var selected = CheckCatalog.Of(checks.Checks.Where(c => needed.Contains(c.Metadata.Id)));
        var result = new Scanner(selected, frameworks, clock).Scan(snapshot, inputs, new ScanOptions { Settings = settings }, cancellationToken);
        var matrix = filter.Apply(ResponsibilityMatrixBuilder.Build(catalog, snapshot, result.Findings));
        return (result, matrix);
    }
}
