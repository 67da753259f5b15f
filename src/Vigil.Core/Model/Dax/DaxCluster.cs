namespace Vigil.Core.Model.Dax;

/// <summary>A DynamoDB Accelerator (DAX) cluster.</summary>
public sealed record DaxCluster : Resource
{
    public override string ResourceType => ResourceTypes.DaxCluster;

    /// <summary>creating, available, deleting, modifying, ...</summary>
    public string? Status { get; init; }
    /// <summary>Server-side encryption of the cluster's nodes: ENABLED, ENABLING, DISABLED or DISABLING (a cluster
    /// created without SSE reports DISABLED).</summary>
    public required string SseStatus { get; init; }
    /// <summary>Encryption of the cluster endpoint's connections: TLS or NONE.</summary>
    public required string EndpointEncryptionType { get; init; }
    public int? NodeCount { get; init; }
}
