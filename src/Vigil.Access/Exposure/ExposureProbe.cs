namespace Vigil.Access.Exposure;

/// <summary>A representative action of a service, the kind of access it stands for, and whether it acts on an object
/// inside the resource (an S3 object) rather than on the resource itself.</summary>
public sealed record ExposureProbe(string Action, ExposureAccess Access, bool OnObject = false);
