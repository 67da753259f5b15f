using System.Text.Json.Nodes;
using Vigil.Core.Model.S3;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>S3: ListBuckets with each bucket's region, and per bucket the configuration reads, a configuration the
/// bucket does not have answered with the error S3 sends for it (NoSuchBucketPolicy, ...).</summary>
internal static class S3Script
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var buckets = scope.Of<S3Bucket>().ToList();
        script.Answer("s3", "ListBuckets", new JsonObject
        {
            ["Buckets"] = Trees.Array(buckets.Select(b => Trees.Object(("Name", b.Name), ("CreationDate", Trees.Iso(b.CreationDate ?? DateTimeOffset.UnixEpoch)), ("BucketRegion", b.Region)))),
            ["Owner"] = new JsonObject { ["DisplayName"] = "owner", ["ID"] = "fake-canonical-owner-id" },
        });
        foreach (var bucket in buckets) AddBucket(script, bucket);
    }

    private static void AddBucket(ScriptedAccount script, S3Bucket bucket)
    {
        var when = new JsonObject { ["Bucket"] = bucket.Name };
        void Answer(string operation, JsonObject output) => script.Answer("s3", operation, output, when: when.DeepClone().AsObject());
        void Absent(string operation, string code, string message) => script.Fail("s3", operation, new FakeError(code, message, 404), when: when.DeepClone().AsObject());

        Answer("GetBucketLocation", new JsonObject { ["LocationConstraint"] = bucket.Region is null or "us-east-1" ? "" : bucket.Region });
        if (bucket.Policy is { } policy) Answer("GetBucketPolicy", new JsonObject { ["Policy"] = policy });
        else Absent("GetBucketPolicy", "NoSuchBucketPolicy", "The bucket policy does not exist");
        Answer("GetBucketAcl", new JsonObject
        {
            ["Owner"] = new JsonObject { ["ID"] = "fake-canonical-owner-id" },
            ["Grants"] = Trees.Array(bucket.AclGrants.Select(Grant)),
        });
        if (bucket.PublicAccessBlock is { } block)
        {
            Answer("GetPublicAccessBlock", new JsonObject
            {
                ["PublicAccessBlockConfiguration"] = new JsonObject
                {
                    ["BlockPublicAcls"] = block.BlockPublicAcls, ["IgnorePublicAcls"] = block.IgnorePublicAcls,
                    ["BlockPublicPolicy"] = block.BlockPublicPolicy, ["RestrictPublicBuckets"] = block.RestrictPublicBuckets,
                },
            });
        }
        else
        {
            Absent("GetPublicAccessBlock", "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found");
        }
        if (bucket.Encryption is { } encryption)
        {
            Answer("GetBucketEncryption", new JsonObject
            {
                ["ServerSideEncryptionConfiguration"] = new JsonObject
                {
                    ["Rules"] = new JsonArray(Trees.Object(
                        ("ApplyServerSideEncryptionByDefault", Trees.Object(("SSEAlgorithm", encryption.Algorithm), ("KMSMasterKeyID", encryption.KmsKeyId))),
                        ("BucketKeyEnabled", encryption.BucketKeyEnabled))),
                },
            });
        }
        else
        {
            Absent("GetBucketEncryption", "ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was not found");
        }
        Answer("GetBucketVersioning", Trees.Object(("Status", bucket.Versioning), ("MFADelete", bucket.Versioning is null ? null : bucket.MfaDelete ? "Enabled" : "Disabled")));
        Answer("GetBucketLogging", bucket.Logging is { } logging
            ? new JsonObject { ["LoggingEnabled"] = new JsonObject { ["TargetBucket"] = logging.TargetBucket, ["TargetPrefix"] = logging.TargetPrefix ?? "" } }
            : []);
        if (bucket.ObjectLockEnabled) Answer("GetObjectLockConfiguration", new JsonObject { ["ObjectLockConfiguration"] = new JsonObject { ["ObjectLockEnabled"] = "Enabled" } });
        else Absent("GetObjectLockConfiguration", "ObjectLockConfigurationNotFoundError", "Object Lock configuration does not exist for this bucket");
        if (bucket.ReplicationRules.Count > 0)
        {
            Answer("GetBucketReplication", new JsonObject
            {
                ["ReplicationConfiguration"] = new JsonObject
                {
                    ["Role"] = "arn:aws:iam::000000000000:role/replication",
                    ["Rules"] = Trees.Array(bucket.ReplicationRules.Select(r => Trees.Object(
                        ("ID", r.Id), ("Status", r.Status), ("Destination", new JsonObject { ["Bucket"] = r.DestinationBucketArn })))),
                },
            });
        }
        else
        {
            Absent("GetBucketReplication", "ReplicationConfigurationNotFoundError", "The replication configuration was not found");
        }
        if (bucket.ObjectOwnership is { } ownership)
        {
            Answer("GetBucketOwnershipControls", new JsonObject { ["OwnershipControls"] = new JsonObject { ["Rules"] = new JsonArray(new JsonObject { ["ObjectOwnership"] = ownership }) } });
        }
        else
        {
            Absent("GetBucketOwnershipControls", "OwnershipControlsNotFoundError", "The bucket ownership controls were not found");
        }
        if (bucket.LifecycleRules.Count > 0)
        {
            Answer("GetBucketLifecycleConfiguration", new JsonObject { ["Rules"] = Trees.Array(bucket.LifecycleRules.Select(Lifecycle)) });
        }
        else
        {
            Absent("GetBucketLifecycleConfiguration", "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist");
        }
        Answer("GetBucketNotificationConfiguration", bucket.EventNotificationsConfigured ? new JsonObject { ["EventBridgeConfiguration"] = new JsonObject() } : []);
    }

    private static JsonObject Grant(AclGrant grant)
    {
        var member = grant.GranteeType switch
        {
            "Group" => "URI",
            "AmazonCustomerByEmail" => "EmailAddress",
            _ => "ID",
        };
        return new JsonObject
        {
            ["Grantee"] = new JsonObject { [member] = grant.Grantee, ["Type"] = grant.GranteeType },
            ["Permission"] = grant.Permission,
        };
    }

    private static JsonObject Lifecycle(LifecycleRule rule) => Trees.Object(
        ("ID", rule.Id), ("Filter", new JsonObject { ["Prefix"] = "" }), ("Status", rule.Status),
        ("Expiration", rule.ExpirationDays is { } days ? new JsonObject { ["Days"] = days } : null),
        ("NoncurrentVersionExpiration", rule.NoncurrentVersionExpirationDays is { } noncurrent ? new JsonObject { ["NoncurrentDays"] = noncurrent } : null),
        ("Transitions", rule.HasTransitions ? new JsonArray(new JsonObject { ["Days"] = 30, ["StorageClass"] = "STANDARD_IA" }) : null));
}
