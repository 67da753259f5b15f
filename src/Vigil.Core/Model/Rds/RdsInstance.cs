namespace Vigil.Core.Model.Rds;

public sealed record RdsInstance : Resource
{
    public override string ResourceType => ResourceTypes.RdsInstance;

    public required string DbInstanceIdentifier { get; init; }
    /// <summary>mysql, postgres, mariadb, oracle-ee, sqlserver-se, aurora-mysql, aurora-postgresql, ...</summary>
    public required string Engine { get; init; }
    public string? EngineVersion { get; init; }
    public string? DbInstanceClass { get; init; }
    public string? DbClusterIdentifier { get; init; }
    /// <summary>For a read replica, the identifier (or ARN) of its source instance; null otherwise.</summary>
    public string? ReadReplicaSourceDbInstanceIdentifier { get; init; }
    public bool PubliclyAccessible { get; init; }
    public bool StorageEncrypted { get; init; }
    public string? KmsKeyId { get; init; }
    public bool MultiAz { get; init; }
    public bool AutoMinorVersionUpgrade { get; init; }
    public int BackupRetentionPeriod { get; init; }
    public bool DeletionProtection { get; init; }
    public bool IamDatabaseAuthenticationEnabled { get; init; }
    public int MonitoringInterval { get; init; }
    public IReadOnlyList<string> EnabledCloudwatchLogsExports { get => field ?? []; init; }
    public bool CopyTagsToSnapshot { get; init; }
    public int? Port { get; init; }
    public string? MasterUsername { get; init; }
    public string? VpcId { get; init; }
    /// <summary>Parameters of the instance's parameter group that matter to checks (rds.force_ssl, require_secure_transport).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get => field ?? ResourceDefaults.NoTags; init; }
    public bool PerformanceInsightsEnabled { get; init; }

    public bool IsAurora => Engine.StartsWith("aurora", StringComparison.Ordinal);
}
