namespace Vigil.Access.Exposure;

/// <summary>The actions of one access level of the action catalog ("List", "Read", "Write", "Permissions management",
/// "Tagging") that a grant allows.</summary>
public sealed record ExposureActions(string Level, IReadOnlyList<string> Actions);
