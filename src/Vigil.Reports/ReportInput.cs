using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Frameworks;
using Vigil.Core.Responsibilities;

namespace Vigil.Reports;

/// <summary>What a writer renders: the scan result, the findings to list (after --status), and the frameworks for compliance ids.</summary>
public sealed record ReportInput(ScanResult Result, IReadOnlyList<Finding> Listed, FrameworkCatalog Frameworks, ReportStyle Style)
{
    public FindingSummary Summary { get; } = FindingSummary.Of(Result.Findings);

    /// <summary>The shared-responsibility matrix of the scanned estate, for the formats that show it (html).</summary>
    public ResponsibilityMatrix? Responsibilities { get; init; }
}
