namespace Vigil.Core.Engine;

/// <summary>Where a scan's data came from: kind demo, live, snapshot, cloudformation, terraform-plan,
/// iam-authorization-details or aws-config, and the file or profile.</summary>
public sealed record InputSource(string Kind, string Source);
