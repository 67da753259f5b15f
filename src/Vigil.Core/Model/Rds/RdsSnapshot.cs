namespace Vigil.Core.Model.Rds;

/// <summary>A DB instance or DB cluster snapshot.</summary>
public sealed record RdsSnapshot : Resource
{
    public override string ResourceType => IsClusterSnapshot ? ResourceTypes.RdsClusterSnapshot : ResourceTypes.RdsSnapshot;

    public required string SnapshotIdentifier { get; init; }
    public bool IsClusterSnapshot { get; init; }
    public string? SourceIdentifier { get; init; }
    public bool Encrypted { get; init; }
    public string? KmsKeyId { get; init; }
    /// <summary>manual or automated.</summary>
    public string SnapshotType { get => field ?? "manual"; init; }
    public bool Public { get; init; }
    public IReadOnlyList<string> SharedWithAccounts { get => field ?? []; init; }
    public DateTimeOffset? CreateTime { get; init; }
}
