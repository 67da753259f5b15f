namespace Vigil.Core.Frameworks;

/// <summary>One line of a mapping file: a check supports a framework requirement.</summary>
public sealed record FrameworkMapping(string CheckId, string FrameworkId, string RequirementId, string Source, int Line);
