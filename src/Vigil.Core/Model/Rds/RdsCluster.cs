namespace Vigil.Core.Model.Rds;

public sealed record RdsCluster : Resource
{
    public override string ResourceType => ResourceTypes.RdsCluster;

    public required string DbClusterIdentifier { get; init; }
    public required string Engine { get; init; }
    public string? EngineVersion { get; init; }
    public bool StorageEncrypted { get; init; }
    public string? KmsKeyId { get; init; }
    public bool MultiAz { get; init; }
    public IReadOnlyList<string> AvailabilityZones { get => field ?? []; init; }
    public bool DeletionProtection { get; init; }
    public bool IamDatabaseAuthenticationEnabled { get; init; }
    public int BackupRetentionPeriod { get; init; }
    public long? BacktrackWindow { get; init; }
    public bool CopyTagsToSnapshot { get; init; }
    public bool AutoMinorVersionUpgrade { get; init; }
    public IReadOnlyList<string> EnabledCloudwatchLogsExports { get => field ?? []; init; }
    public string? MasterUsername { get; init; }
    public bool PubliclyAccessible { get; init; }
}
