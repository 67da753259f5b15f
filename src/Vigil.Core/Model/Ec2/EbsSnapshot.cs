namespace Vigil.Core.Model.Ec2;

public sealed record EbsSnapshot : Resource
{
    public override string ResourceType => ResourceTypes.EbsSnapshot;

    public required string SnapshotId { get; init; }
    public string? VolumeId { get; init; }
    public bool Encrypted { get; init; }
    public string? KmsKeyId { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>True when the createVolumePermission includes the group "all".</summary>
    public bool Public { get; init; }
    /// <summary>Other account ids the snapshot is shared with.</summary>
    public IReadOnlyList<string> SharedWithAccounts { get => field ?? []; init; }
}
