using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Collectors.S3;

/// <summary>Reads one bucket's configuration with concurrent calls in the bucket's region.</summary>
internal sealed class S3BucketReader(CollectionTarget target, CollectionSink sink, ListedBucket bucket, S3AccessPointReader accessPoints)
{
    private static readonly string[] NoPolicy = ["NoSuchBucketPolicy"];
    private static readonly string[] NoPublicAccessBlock = ["NoSuchPublicAccessBlockConfiguration"];
    private static readonly string[] NoEncryption = ["ServerSideEncryptionConfigurationNotFoundError"];
    private static readonly string[] NoObjectLock = ["ObjectLockConfigurationNotFoundError"];
    private static readonly string[] NoReplication = ["ReplicationConfigurationNotFoundError"];
    private static readonly string[] NoOwnershipControls = ["OwnershipControlsNotFoundError"];
    private static readonly string[] NoLifecycle = ["NoSuchLifecycleConfiguration"];
    private static readonly string[] NoTags = ["NoSuchTagSet"];
    private static readonly Dictionary<string, string> NoTagSet = new(StringComparer.Ordinal);

    private static readonly PublicAccessBlock AllOff = new();

    private readonly DetailReads _reads = new(sink, target.AccountId, ResourceTypes.S3Bucket, bucket.Arn);

    public async Task<S3Bucket> ReadAsync(CancellationToken ct)
    {
        var policy = _reads.ReadAsync(nameof(S3Bucket.Policy), async () => (await CallAsync("GetBucketPolicy", ct).ConfigureAwait(false)).String("Policy"), null, NoPolicy);
        var acl = _reads.ReadAsync<IReadOnlyList<AclGrant>>(nameof(S3Bucket.AclGrants), async () => Grants(await CallAsync("GetBucketAcl", ct).ConfigureAwait(false)), []);
        var block = _reads.ReadAsync(nameof(S3Bucket.PublicAccessBlock),
            async () => (PublicAccessBlock?)PublicAccessBlocks.From((await CallAsync("GetPublicAccessBlock", ct).ConfigureAwait(false))["PublicAccessBlockConfiguration"]),
            null, NoPublicAccessBlock, AllOff);
        var encryption = _reads.ReadAsync(nameof(S3Bucket.Encryption), async () => Encryption(await CallAsync("GetBucketEncryption", ct).ConfigureAwait(false)), null, NoEncryption);
        var versioning = _reads.ReadAsync([nameof(S3Bucket.Versioning), nameof(S3Bucket.MfaDelete)],
            async () => await CallAsync("GetBucketVersioning", ct).ConfigureAwait(false), null);
        var logging = _reads.ReadAsync(nameof(S3Bucket.Logging), async () => Logging(await CallAsync("GetBucketLogging", ct).ConfigureAwait(false)), null);
        var objectLock = _reads.ReadAsync(nameof(S3Bucket.ObjectLockEnabled),
            async () => (await CallAsync("GetObjectLockConfiguration", ct).ConfigureAwait(false))["ObjectLockConfiguration"].String("ObjectLockEnabled") == "Enabled",
            false, NoObjectLock, false);
        var replication = _reads.ReadAsync(nameof(S3Bucket.ReplicationRules), async () => Replication(await CallAsync("GetBucketReplication", ct).ConfigureAwait(false)), [], NoReplication, []);
        var ownership = _reads.ReadAsync(nameof(S3Bucket.ObjectOwnership),
            async () => (await CallAsync("GetBucketOwnershipControls", ct).ConfigureAwait(false))["OwnershipControls"].Items("Rules").Select(r => r.String("ObjectOwnership")).FirstOrDefault() ?? "ObjectWriter",
            null, NoOwnershipControls, "ObjectWriter");
        var lifecycle = _reads.ReadAsync(nameof(S3Bucket.LifecycleRules), async () => Lifecycle(await CallAsync("GetBucketLifecycleConfiguration", ct).ConfigureAwait(false)), [], NoLifecycle, []);
        var notifications = _reads.ReadAsync(nameof(S3Bucket.EventNotificationsConfigured), async () => NotificationsConfigured(await CallAsync("GetBucketNotificationConfiguration", ct).ConfigureAwait(false)), false);
        var tags = _reads.ReadAsync(nameof(Resource.Tags),
            async () => Compute.AwsJson.KeyValueTags(await CallAsync("GetBucketTagging", ct).ConfigureAwait(false), "TagSet"), NoTagSet, NoTags, NoTagSet);
        var pointsRead = accessPoints.ForAsync(bucket, ct);
        await Task.WhenAll(policy, acl, block, encryption, versioning, logging, objectLock, replication, ownership, lifecycle, notifications, tags, pointsRead).ConfigureAwait(false);

        if (bucket.Region is null) _reads.MarkUnreadable(nameof(Resource.Region));
        var (points, listingFailure) = await pointsRead.ConfigureAwait(false);
        if (listingFailure is not null) _reads.MarkUnreadable(nameof(S3Bucket.AccessPoints), listingFailure);
        else if (points is null) _reads.MarkUnreadable(nameof(S3Bucket.AccessPoints));
        return new S3Bucket
        {
            Arn = bucket.Arn,
            Name = bucket.Name,
            AccountId = target.AccountId,
            Region = bucket.Region,
            CreationDate = bucket.CreationDate,
            Tags = await tags.ConfigureAwait(false),
            Policy = await policy.ConfigureAwait(false),
            AclGrants = await acl.ConfigureAwait(false),
            PublicAccessBlock = await block.ConfigureAwait(false),
            Encryption = await encryption.ConfigureAwait(false),
            Versioning = (await versioning.ConfigureAwait(false)).String("Status"),
            MfaDelete = (await versioning.ConfigureAwait(false)).String("MFADelete") == "Enabled",
            Logging = await logging.ConfigureAwait(false),
            ObjectLockEnabled = await objectLock.ConfigureAwait(false),
            ReplicationRules = await replication.ConfigureAwait(false),
            ObjectOwnership = await ownership.ConfigureAwait(false),
            LifecycleRules = await lifecycle.ConfigureAwait(false),
            EventNotificationsConfigured = await notifications.ConfigureAwait(false),
            AccessPoints = points ?? [],
            Unreadable = _reads.Unreadable,
        };
    }

    private Task<JsonObject> CallAsync(string operation, CancellationToken ct) =>
        target.Client.CallAsync("s3", operation, new JsonObject { ["Bucket"] = bucket.Name }, bucket.Region ?? target.Region, ct);

    private static IReadOnlyList<AclGrant> Grants(JsonObject output) =>
    [
        .. output.Items("Grants").Select(grant => new AclGrant
        {
            GranteeType = grant["Grantee"].String("Type") ?? "",
            Grantee = grant["Grantee"].String("URI") ?? grant["Grantee"].String("ID") ?? grant["Grantee"].String("EmailAddress") ?? "",
            Permission = grant.String("Permission") ?? "",
        }),
    ];

    private static BucketEncryption? Encryption(JsonObject output)
    {
        var rule = output["ServerSideEncryptionConfiguration"].Items("Rules").FirstOrDefault();
        var byDefault = rule?["ApplyServerSideEncryptionByDefault"];
        if (byDefault.String("SSEAlgorithm") is not { } algorithm) return null;
        return new BucketEncryption { Algorithm = algorithm, KmsKeyId = byDefault.String("KMSMasterKeyID"), BucketKeyEnabled = rule.Bool("BucketKeyEnabled") ?? false };
    }

    private static BucketLogging? Logging(JsonObject output) =>
        output["LoggingEnabled"] is { } enabled && enabled.String("TargetBucket") is { } targetBucket
            ? new BucketLogging(targetBucket, enabled.String("TargetPrefix"))
            : null;

    private IReadOnlyList<ReplicationRule> Replication(JsonObject output) =>
    [
        .. output["ReplicationConfiguration"].Items("Rules").Select(rule => new ReplicationRule
        {
            Id = rule.String("ID"),
            Status = rule.String("Status") ?? "Disabled",
            DestinationBucketArn = DestinationArn(rule["Destination"].String("Bucket") ?? ""),
        }),
    ];

    private string DestinationArn(string bucketOrArn) => bucketOrArn.StartsWith("arn:", StringComparison.Ordinal) ? bucketOrArn : $"arn:{target.Partition}:s3:::{bucketOrArn}";

    private static IReadOnlyList<LifecycleRule> Lifecycle(JsonObject output) =>
    [
        .. output.Items("Rules").Select(rule => new LifecycleRule
        {
            Id = rule.String("ID"),
            Status = rule.String("Status") ?? "Disabled",
            ExpirationDays = rule["Expiration"].Int("Days"),
            NoncurrentVersionExpirationDays = rule["NoncurrentVersionExpiration"].Int("NoncurrentDays"),
            HasTransitions = rule.Items("Transitions").Any() || rule.Items("NoncurrentVersionTransitions").Any(),
        }),
    ];

    private static bool NotificationsConfigured(JsonObject output) =>
        output.Items("TopicConfigurations").Any() || output.Items("QueueConfigurations").Any()
        || output.Items("LambdaFunctionConfigurations").Any() || output["EventBridgeConfiguration"] is not null;
}
