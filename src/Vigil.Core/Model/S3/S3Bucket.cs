namespace Vigil.Core.Model.S3;

public sealed record S3Bucket : Resource
{
    public override string ResourceType => ResourceTypes.S3Bucket;

    public DateTimeOffset? CreationDate { get; init; }
    /// <summary>The bucket policy as JSON, or null when the bucket has none.</summary>
    public string? Policy { get; init; }
    public IReadOnlyList<AclGrant> AclGrants { get => field ?? []; init; }
    /// <summary>BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred or ObjectWriter.</summary>
    public string? ObjectOwnership { get; init; }
    public PublicAccessBlock? PublicAccessBlock { get; init; }
    public BucketEncryption? Encryption { get; init; }
    /// <summary>Enabled, Suspended, or null when versioning was never enabled.</summary>
    public string? Versioning { get; init; }
    public bool MfaDelete { get; init; }
    public BucketLogging? Logging { get; init; }
    public bool ObjectLockEnabled { get; init; }
    public IReadOnlyList<ReplicationRule> ReplicationRules { get => field ?? []; init; }
    public IReadOnlyList<LifecycleRule> LifecycleRules { get => field ?? []; init; }
    public bool EventNotificationsConfigured { get; init; }
    public IReadOnlyList<S3AccessPoint> AccessPoints { get => field ?? []; init; }

    public bool VersioningEnabled => Versioning == "Enabled";
}
