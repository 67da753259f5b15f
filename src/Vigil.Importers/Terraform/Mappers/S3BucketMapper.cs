using Vigil.Core.Model.S3;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_s3_bucket joined with the resources that configure it (AWS provider v4 and later): its policy, public
/// access block, ownership controls, ACL, encryption, versioning, logging, lifecycle, replication, object lock and
/// notifications. A setting no resource declares has the value S3 gives a new bucket
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-overview.html): all four Block Public Access
/// switches on, ObjectOwnership BucketOwnerEnforced, SSE-S3, versioning never enabled, no logging.</summary>
internal sealed class S3BucketMapper : IResourceMapper
{
    private static readonly PublicAccessBlock AllBlocked = new() { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true };

    public string Type => "aws_s3_bucket";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var (versioning, mfaDelete) = Versioning(instance, context, unknowns);
        var bucket = new S3Bucket
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Policy = Policy(instance, context, unknowns),
            PublicAccessBlock = PublicAccess(instance, context, unknowns),
            ObjectOwnership = Ownership(instance, context, unknowns),
            AclGrants = S3BucketAclReader.Read(instance, context, unknowns),
            Encryption = S3BucketEncryptionReader.Read(instance, context, unknowns),
            Versioning = versioning,
            MfaDelete = mfaDelete,
            Logging = Logging(instance, context, unknowns),
            ObjectLockEnabled = context.Read(instance, "object_lock_enabled").Bool == true
                || context.Joined(instance, "aws_s3_bucket_object_lock_configuration", "bucket").Any(),
            LifecycleRules = S3BucketRulesReader.Lifecycle(instance, context, unknowns),
            ReplicationRules = S3BucketRulesReader.Replication(instance, context, unknowns),
            EventNotificationsConfigured = context.Joined(instance, "aws_s3_bucket_notification", "bucket").Any(),
        };
        context.Add(bucket, unknowns);
    }

    private static string? Policy(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var policy = context.Joined(bucket, "aws_s3_bucket_policy", "bucket").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is null) policy = context.Read(bucket, "policy");
        unknowns.Track("Policy", policy);
        return policy.String is { Length: > 0 } document ? document : null;
    }

    /// <summary>The provider sends all four switches; one the configuration leaves out is false.</summary>
    private static PublicAccessBlock? PublicAccess(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var block = context.Joined(bucket, "aws_s3_bucket_public_access_block", "bucket").FirstOrDefault();
        if (block is null) return AllBlocked;
        var acls = context.Read(block, "block_public_acls");
        var ignore = context.Read(block, "ignore_public_acls");
        var policy = context.Read(block, "block_public_policy");
        var restrict = context.Read(block, "restrict_public_buckets");
        if (unknowns.Track("PublicAccessBlock", acls) | unknowns.Track("PublicAccessBlock", ignore)
            | unknowns.Track("PublicAccessBlock", policy) | unknowns.Track("PublicAccessBlock", restrict))
            return null;
        return new PublicAccessBlock
        {
            BlockPublicAcls = acls.Bool ?? false,
            IgnorePublicAcls = ignore.Bool ?? false,
            BlockPublicPolicy = policy.Bool ?? false,
            RestrictPublicBuckets = restrict.Bool ?? false,
        };
    }

    private static string? Ownership(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var controls = context.Joined(bucket, "aws_s3_bucket_ownership_controls", "bucket").FirstOrDefault();
        if (controls is null) return "BucketOwnerEnforced";
        var ownership = context.Read(controls, "rule[0].object_ownership");
        return unknowns.Track("ObjectOwnership", ownership) ? null : ownership.String ?? "BucketOwnerEnforced";
    }

    private static (string? Status, bool MfaDelete) Versioning(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var resource = context.Joined(bucket, "aws_s3_bucket_versioning", "bucket").FirstOrDefault();
        if (resource is null)
        {
            var legacy = context.Read(bucket, "versioning[0].enabled");
            return (legacy.Bool == true ? "Enabled" : null, context.Read(bucket, "versioning[0].mfa_delete").Bool == true);
        }
        var status = context.Read(resource, "versioning_configuration[0].status");
        var mfa = context.Read(resource, "versioning_configuration[0].mfa_delete");
        unknowns.Track("MfaDelete", mfa);
        if (unknowns.Track("Versioning", status)) return (null, false);
        return (status.String is "Enabled" or "Suspended" ? status.String : null, mfa.String == "Enabled");
    }

    private static BucketLogging? Logging(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var resource = context.Joined(bucket, "aws_s3_bucket_logging", "bucket").FirstOrDefault();
        var source = resource ?? bucket;
        var prefix = resource is null ? "logging[0]." : "";
        var target = context.Read(source, prefix + "target_bucket");
        if (unknowns.Track("Logging", target)) return null;
        var name = target.Referenced is { } referenced ? context.Identity(referenced).Name : target.String;
        return name is null ? null : new BucketLogging(name, context.Read(source, prefix + "target_prefix").String);
    }
}
