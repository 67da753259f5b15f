namespace Vigil.Core.Model.S3;

public sealed record ReplicationRule
{
    public string? Id { get; init; }
    /// <summary>Enabled or Disabled.</summary>
    public required string Status { get; init; }
    public required string DestinationBucketArn { get; init; }
    public string? DestinationRegion { get; init; }
}
