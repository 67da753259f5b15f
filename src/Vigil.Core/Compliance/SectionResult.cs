namespace Vigil.Core.Compliance;

/// <summary>A framework section's requirements counted by verdict (requirements whose checks were not selected
/// are left out).</summary>
public sealed record SectionResult(string Name, StatusCounts Requirements);
