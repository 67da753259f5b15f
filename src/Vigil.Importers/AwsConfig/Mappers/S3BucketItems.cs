using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::S3::Bucket: the bucket's settings are in its supplementary configuration (BucketPolicy,
/// PublicAccessBlockConfiguration, ServerSideEncryptionConfiguration, BucketVersioningConfiguration, ...).</summary>
internal sealed class S3BucketItems : IConfigItemMapper
{
    private const string AllUsersGrantee = "AllUsers";

    public string ResourceType => ResourceTypes.S3Bucket;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var missing = new MissingProperties("s3", ResourceType);
        var name = item.Configuration.Text("name") ?? item.Name;
        var bucket = new S3Bucket
        {
            Arn = item.Arn ?? $"arn:aws:s3:::{name}",
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            CreationDate = item.Configuration.Time("creationDate"),
            Policy = Policy(item),
            AclGrants = Grants(item) ?? [],
            ObjectOwnership = Ownership(item),
            // A bucket without a Block Public Access configuration has no such supplement: all four switches off.
            PublicAccessBlock = PublicAccessBlock(item.Supplement("PublicAccessBlockConfiguration")),
            Encryption = Encryption(item),
            Versioning = item.Supplement("BucketVersioningConfiguration").Text("status") is ("Enabled" or "Suspended") and var status ? status : null,
            MfaDelete = item.Supplement("BucketVersioningConfiguration").Flag("isMfaDeleteEnabled") == true,
            Logging = item.Supplement("BucketLoggingConfiguration").Text("destinationBucketName") is { } target
                ? new BucketLogging(target, item.Supplement("BucketLoggingConfiguration").Text("logFilePrefix"))
                : null,
            ObjectLockEnabled = ObjectLock(item) == true,
            ReplicationRules = Replication(item),
            LifecycleRules = Lifecycle(item),
            EventNotificationsConfigured = item.Supplement("BucketNotificationConfiguration").Object("configurations") is { Count: > 0 },
        };
        missing
            .AddIf(!item.HasSupplement("BucketPolicy"), nameof(S3Bucket.Policy), "GetBucketPolicy")
            .AddIf(Grants(item) is null, nameof(S3Bucket.AclGrants), "GetBucketAcl")
            .AddIf(bucket.ObjectOwnership is null, nameof(S3Bucket.ObjectOwnership), "GetBucketOwnershipControls")
            .AddIf(bucket.Encryption is null, nameof(S3Bucket.Encryption), "GetBucketEncryption")
            .AddIf(!item.HasSupplement("BucketVersioningConfiguration"), nameof(S3Bucket.Versioning), "GetBucketVersioning")
            .AddIf(!item.HasSupplement("BucketVersioningConfiguration"), nameof(S3Bucket.MfaDelete), "GetBucketVersioning")
            .AddIf(!item.HasSupplement("BucketLoggingConfiguration"), nameof(S3Bucket.Logging), "GetBucketLogging")
            .AddIf(ObjectLock(item) is null, nameof(S3Bucket.ObjectLockEnabled), "GetObjectLockConfiguration")
            .AddIf(!item.HasSupplement("BucketNotificationConfiguration"), nameof(S3Bucket.EventNotificationsConfigured), "GetBucketNotificationConfiguration")
            .Add(nameof(S3Bucket.AccessPoints), "ListAccessPoints", "access points are not part of AWS Config's bucket item");
        import.Add(import.Missing(bucket, missing.List));
    }

    private static string? Policy(ConfigItem item) => item.Supplement("BucketPolicy") switch
    {
        JsonObject policy => policy.Document("policyText"),
        _ => null,
    };

    private static PublicAccessBlock PublicAccessBlock(JsonNode? block) => new()
    {
        BlockPublicAcls = block.Flag("blockPublicAcls") == true,
        IgnorePublicAcls = block.Flag("ignorePublicAcls") == true,
        BlockPublicPolicy = block.Flag("blockPublicPolicy") == true,
        RestrictPublicBuckets = block.Flag("restrictPublicBuckets") == true,
    };

    private static BucketEncryption? Encryption(ConfigItem item)
    {
        var rule = item.Supplement("ServerSideEncryptionConfiguration").Items("rules").FirstOrDefault();
        var byDefault = rule.Object("applyServerSideEncryptionByDefault");
        if (byDefault.Text("sseAlgorithm") is not { } algorithm) return null;
        return new BucketEncryption { Algorithm = algorithm, KmsKeyId = byDefault.Text("kmsMasterKeyID"), BucketKeyEnabled = rule.Flag("bucketKeyEnabled") == true };
    }

    /// <summary>BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter; null when AWS Config recorded no ownership controls.</summary>
    private static string? Ownership(ConfigItem item)
    {
        var controls = item.Supplement("BucketOwnershipControls");
        var rules = controls.Object("ownershipControls") is { } inner ? inner.Items("rules") : controls.Items("rules");
        return rules.Select(r => r.Text("ownership")).OfType<string>().FirstOrDefault();
    }

    private static bool? ObjectLock(ConfigItem item)
    {
        var configuration = item.Supplement("ObjectLockConfiguration") ?? item.Supplement("BucketObjectLockConfiguration");
        return configuration is null ? null : configuration.Text("objectLockEnabled") == "Enabled";
    }

    /// <summary>The ACL grants (AWS Config writes the ACL as JSON text with grantees such as "AllUsers" or {id}); null when not recorded.</summary>
    private static List<AclGrant>? Grants(ConfigItem item)
    {
        if (item.Supplement("AccessControlList") is not JsonObject acl) return null;
        var grants = new List<AclGrant>();
        foreach (var grant in acl.Items("grantList"))
        {
            var permission = Permission(grant.Text("permission"));
            if (permission is null) continue;
            switch (grant["grantee"])
            {
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    grants.Add(new AclGrant { GranteeType = "Group", Grantee = GroupUri(v.GetValue<string>()), Permission = permission });
                    break;
                case JsonObject g when g.Text("id") is { } id:
                    grants.Add(new AclGrant { GranteeType = "CanonicalUser", Grantee = id, Permission = permission });
                    break;
                case JsonObject g when g.Text("identifier") is { } email:
                    grants.Add(new AclGrant { GranteeType = "AmazonCustomerByEmail", Grantee = email, Permission = permission });
                    break;
            }
        }
        return grants;
    }

    private static string GroupUri(string grantee) => grantee switch
    {
        AllUsersGrantee => AclGrant.AllUsers,
        "AuthenticatedUsers" => AclGrant.AuthenticatedUsers,
        "LogDelivery" => AclGrant.LogDelivery,
        _ => grantee,
    };

    private static string? Permission(string? permission) => permission switch
    {
        "FullControl" or "FULL_CONTROL" => "FULL_CONTROL",
        "Read" or "READ" => "READ",
        "Write" or "WRITE" => "WRITE",
        "ReadAcp" or "READ_ACP" => "READ_ACP",
        "WriteAcp" or "WRITE_ACP" => "WRITE_ACP",
        _ => null,
    };

    private static IReadOnlyList<ReplicationRule> Replication(ConfigItem item)
    {
        var rules = item.Supplement("BucketReplicationConfiguration").Object("rules");
        if (rules is null) return [];
        return
        [
            .. rules.Where(r => r.Value.Object("destinationConfig").Text("bucketARN") is not null).Select(r => new ReplicationRule
            {
                Id = r.Key,
                Status = r.Value.Text("status") ?? "Enabled",
                DestinationBucketArn = r.Value.Object("destinationConfig").Text("bucketARN")!,
            }),
        ];
    }

    private static IReadOnlyList<LifecycleRule> Lifecycle(ConfigItem item) =>
    [
        .. item.Supplement("BucketLifecycleConfiguration").Items("rules").Select(r => new LifecycleRule
        {
            Id = r.Text("id"),
            Status = r.Text("status") ?? "Enabled",
            ExpirationDays = r.Number("expirationInDays") is { } days and > 0 ? (int)days : null,
            NoncurrentVersionExpirationDays = r.Number("noncurrentVersionExpirationInDays") is { } nc and > 0 ? (int)nc : null,
            HasTransitions = r.Items("transitions").Any() || r.Items("noncurrentVersionTransitions").Any(),
        }),
    ];
}
