namespace Vigil.Access.Exposure;

/// <summary>Every exposed resource of an estate (grouped by resource type, then by ARN), how many resources were
/// examined, and problems that concern the whole estate.</summary>
public sealed record ExposureReport(IReadOnlyList<ExposedResource> Resources, int ResourcesExamined, IReadOnlyList<string> Problems);
