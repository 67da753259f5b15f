namespace Vigil.Core.Model.S3;

public sealed record LifecycleRule
{
    public string? Id { get; init; }
    /// <summary>Enabled or Disabled.</summary>
    public required string Status { get; init; }
    public int? ExpirationDays { get; init; }
    public int? NoncurrentVersionExpirationDays { get; init; }
    public bool HasTransitions { get; init; }
}
