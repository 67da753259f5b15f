namespace Vigil.Core.Model.CloudTrail;

public sealed record DataResource(string Type, IReadOnlyList<string> Values);
