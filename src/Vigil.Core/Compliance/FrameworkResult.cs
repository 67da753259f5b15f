using Vigil.Core.Frameworks;

namespace Vigil.Core.Compliance;

/// <summary>A framework's verdict per requirement, with counts and scores per section and overall.</summary>
public sealed record FrameworkResult(
    Framework Framework,
    IReadOnlyList<RequirementResult> Requirements,
    IReadOnlyList<SectionResult> Sections,
    StatusCounts Totals);
