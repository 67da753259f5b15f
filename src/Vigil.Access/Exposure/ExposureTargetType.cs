namespace Vigil.Access.Exposure;

/// <summary>A resource type of the action catalog that a target answers for, and whether its ARNs are objects inside
/// the resource (S3 objects: asked about a probe object and one object under each pattern the policy names).</summary>
public sealed record ExposureTargetType(string CatalogName, bool IsObject = false);
