namespace Vigil.Core.Model.Ec2;

public sealed record EbsVolume : Resource
{
    public override string ResourceType => ResourceTypes.EbsVolume;

    public required string VolumeId { get; init; }
    public bool Encrypted { get; init; }
    public string? KmsKeyId { get; init; }
    /// <summary>in-use, available, ...</summary>
    public string State { get => field ?? "in-use"; init; }
    public int SizeGiB { get; init; }
    public string? VolumeType { get; init; }
    public IReadOnlyList<string> AttachedInstanceIds { get => field ?? []; init; }
    public bool DeleteOnTermination { get; init; }

    public bool IsAttached => AttachedInstanceIds.Count > 0;
}
