namespace Vigil.Core.Model.S3;

public sealed record ReplicationRule
{
    public string? Id { get; init; }
    /// <summary>Enabled or Disabled.</summary>
    public required string Status { get; init; }
    public required string DestinationBucketArn { get; init; }
    /// <summary>The destination bucket's region when known (the replication configuration does not state it).</summary>
    public string? DestinationRegion { get; init; }
}
