using Vigil.Core.Model.S3;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::S3::Bucket. Omitted settings take the defaults of a bucket created today: SSE-S3 encryption
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html), all four Block Public Access
/// switches on and ObjectOwnership BucketOwnerEnforced (https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-overview.html).</summary>
internal sealed class S3BucketMapper : IResourceMapper
{
    public string Type => "AWS::S3::Bucket";

    public void Map(MappedResource r, MappingContext context) => context.Add(new S3Bucket
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        AclGrants = AclGrants(r),
        ObjectOwnership = r.Known("ObjectOwnership", "OwnershipControls")
            ? r.Value("OwnershipControls.Rules") is CfnList { Items: [CfnMap rule, ..] } && rule["ObjectOwnership"] is CfnString o ? o.Value : "BucketOwnerEnforced"
            : null,
        PublicAccessBlock = PublicAccessBlock(r),
        Encryption = Encryption(r),
        Versioning = r.String("Versioning", "VersioningConfiguration.Status"),
        Logging = Logging(r),
        ObjectLockEnabled = r.Bool("ObjectLockEnabled", "ObjectLockEnabled") ?? false,
        ReplicationRules = Rules(r, "ReplicationRules", "ReplicationConfiguration.Rules", rule => new ReplicationRule
        {
            Id = Text(rule, "Id"),
            Status = Text(rule, "Status") ?? "Enabled",
            DestinationBucketArn = Text(rule, "Destination.Bucket") ?? "",
        }),
        LifecycleRules = Rules(r, "LifecycleRules", "LifecycleConfiguration.Rules", rule => new LifecycleRule
        {
            Id = Text(rule, "Id"),
            Status = Text(rule, "Status") ?? "Enabled",
            ExpirationDays = Number(rule, "ExpirationInDays"),
            NoncurrentVersionExpirationDays = Number(rule, "NoncurrentVersionExpiration.NoncurrentDays") ?? Number(rule, "NoncurrentVersionExpirationInDays"),
            HasTransitions = rule["Transitions"] is CfnList { Items.Count: > 0 } || rule["Transition"] is CfnMap || rule["NoncurrentVersionTransitions"] is CfnList { Items.Count: > 0 },
        }),
        EventNotificationsConfigured = r.Known("EventNotificationsConfigured", "NotificationConfiguration")
            && r.Value("NotificationConfiguration") is CfnMap { Entries.Count: > 0 } notifications
            && notifications.Entries.Any(e => e.Value is CfnList { Items.Count: > 0 } || e.Key == "EventBridgeConfiguration"),
    }, r);

    /// <summary>The owner's FULL_CONTROL grant plus what the canned AccessControl adds
    /// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl).</summary>
    private static List<AclGrant> AclGrants(MappedResource r)
    {
        var grants = new List<AclGrant> { new() { GranteeType = "CanonicalUser", Grantee = SyntheticIds.Hex("owner/" + r.Account, 64), Permission = "FULL_CONTROL" } };
        switch (r.String("AclGrants", "AccessControl"))
        {
            case "PublicRead":
                grants.Add(Group(AclGrant.AllUsers, "READ"));
                break;
            case "PublicReadWrite":
                grants.Add(Group(AclGrant.AllUsers, "READ"));
                grants.Add(Group(AclGrant.AllUsers, "WRITE"));
                break;
            case "AuthenticatedRead":
                grants.Add(Group(AclGrant.AuthenticatedUsers, "READ"));
                break;
            case "LogDeliveryWrite":
                grants.Add(Group(AclGrant.LogDelivery, "WRITE"));
                grants.Add(Group(AclGrant.LogDelivery, "READ_ACP"));
                break;
        }
        return grants;
    }

    private static AclGrant Group(string uri, string permission) => new() { GranteeType = "Group", Grantee = uri, Permission = permission };

    private static PublicAccessBlock? PublicAccessBlock(MappedResource r)
    {
        if (!r.Known("PublicAccessBlock", "PublicAccessBlockConfiguration")) return null;
        if (r.Value("PublicAccessBlockConfiguration") is not CfnMap config)
            return new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true };
        return new PublicAccessBlock
        {
            BlockPublicAcls = IsTrue(config, "BlockPublicAcls"),
            IgnorePublicAcls = IsTrue(config, "IgnorePublicAcls"),
            BlockPublicPolicy = IsTrue(config, "BlockPublicPolicy"),
            RestrictPublicBuckets = IsTrue(config, "RestrictPublicBuckets"),
        };
    }

    private static BucketEncryption? Encryption(MappedResource r)
    {
        if (!r.Known("Encryption", "BucketEncryption")) return null;
        if (r.Value("BucketEncryption.ServerSideEncryptionConfiguration") is not CfnList { Items: [CfnMap rule, ..] })
            return new BucketEncryption { Algorithm = "AES256" };
        return new BucketEncryption
        {
            Algorithm = Text(rule, "ServerSideEncryptionByDefault.SSEAlgorithm") ?? "AES256",
            KmsKeyId = Text(rule, "ServerSideEncryptionByDefault.KMSMasterKeyID"),
            BucketKeyEnabled = IsTrue(rule, "BucketKeyEnabled"),
        };
    }

    private static BucketLogging? Logging(MappedResource r)
    {
        if (!r.Known("Logging", "LoggingConfiguration") || r.Value("LoggingConfiguration") is not CfnMap config) return null;
        return new BucketLogging(Text(config, "DestinationBucketName") ?? r.Name, Text(config, "LogFilePrefix"));
    }

    private static List<T> Rules<T>(MappedResource r, string recordProperty, string path, Func<CfnMap, T> map) =>
        r.Known(recordProperty, path) && r.Value(path) is CfnList rules ? rules.Items.OfType<CfnMap>().Select(map).ToList() : [];

    private static string? Text(CfnValue map, string path) => MappedResource.PathIn(map, path) is CfnString s ? s.Value : null;

    private static int? Number(CfnValue map, string path) => int.TryParse(Text(map, path), out var n) ? n : null;

    private static bool IsTrue(CfnValue map, string path) => string.Equals(Text(map, path), "true", StringComparison.OrdinalIgnoreCase);
}
