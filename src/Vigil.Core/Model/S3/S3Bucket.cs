namespace Vigil.Core.Model.S3;

public sealed record S3Bucket : Resource
{
    public override string ResourceType => ResourceTypes.S3Bucket;

    public DateTimeOffset? CreationDate { get; init; }
    /// <summary>The bucket policy as JSON, or null when the bucket has none.</summary>
    public string? Policy { get; init; }
    public IReadOnlyList<AclGrant> AclGrants { get => field ?? []; init; }
    /// <summary>BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred or ObjectWriter.</summary>
    /// <summary>Null when not collected; a bucket without ownership controls is recorded as ObjectWriter.</summary>
    public string? ObjectOwnership { get; init; }
    /// <summary>The bucket-level Block Public Access switches; null when not collected (a bucket without a
    /// configuration is recorded with all four switches off).</summary>
    public PublicAccessBlock? PublicAccessBlock { get; init; }
    /// <summary>The default encryption; null when not collected (every bucket has one since January 2023).</summary>
    public BucketEncryption? Encryption { get; init; }
    /// <summary>Enabled, Suspended, or null when versioning was never enabled.</summary>
    public string? Versioning { get; init; }
    public bool MfaDelete { get; init; }
    /// <summary>The server access logging target, or null when server access logging is disabled.</summary>
    public BucketLogging? Logging { get; init; }
    public bool ObjectLockEnabled { get; init; }
    public IReadOnlyList<ReplicationRule> ReplicationRules { get => field ?? []; init; }
    public IReadOnlyList<LifecycleRule> LifecycleRules { get => field ?? []; init; }
    public bool EventNotificationsConfigured { get; init; }
    public IReadOnlyList<S3AccessPoint> AccessPoints { get => field ?? []; init; }

    public bool VersioningEnabled => Versioning == "Enabled";
}
