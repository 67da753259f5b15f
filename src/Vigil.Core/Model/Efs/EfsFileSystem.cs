namespace Vigil.Core.Model.Efs;

public sealed record EfsFileSystem : Resource
{
    public override string ResourceType => ResourceTypes.EfsFileSystem;

    public required string FileSystemId { get; init; }
    public bool Encrypted { get; init; }
    public string? KmsKeyId { get; init; }
    /// <summary>ENABLED or DISABLED (the AWS Backup automatic backup policy).</summary>
    public string? BackupPolicyStatus { get; init; }
    public string? Policy { get; init; }
    public IReadOnlyList<EfsAccessPoint> AccessPoints { get => field ?? []; init; }
    public IReadOnlyList<EfsMountTarget> MountTargets { get => field ?? []; init; }
    public string? AvailabilityZoneName { get; init; }
}
