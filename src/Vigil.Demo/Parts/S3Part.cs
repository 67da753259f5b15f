using Vigil.Core.Model.S3;

namespace Vigil.Demo.Parts;

/// <summary>Acme's S3 buckets: a data lake, Athena results, backups, static site assets, Terraform state, the
/// organization CloudTrail bucket and one server-access-log bucket per account and region. Production is
/// hardened (SSE-KMS, Block Public Access, versioning, Object Lock, access logging, lifecycle rules, replication
/// to a disaster-recovery account, EventBridge notifications, ACLs disabled); the weaknesses are the log
/// buckets' known limits, a records archive that keeps everything, and a handful of neglected dev buckets.</summary>
internal sealed class S3Part : IDemoPart
{
    private static readonly PublicAccessBlock AllBlocked = new()
    {
        BlockPublicAcls = true,
        IgnorePublicAcls = true,
        BlockPublicPolicy = true,
        RestrictPublicBuckets = true,
    };

    private static readonly PublicAccessBlock NoneBlocked = new();

    public void Build(DemoEstateBuilder demo)
    {
        const string prod = DemoAccounts.Prod;
        const string dev = DemoAccounts.Dev;
        const string use1 = DemoAccounts.UsEast1;
        const string euw1 = DemoAccounts.EuWest1;
        const string apse2 = DemoAccounts.ApSoutheast2;

        // The development account lifted two account-level switches years ago for a public demo site.
        demo.UpdateAccount(dev, a => a with
        {
            S3PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = false, BlockPublicPolicy = true, RestrictPublicBuckets = false },
        });
        demo.Weakness("s3-account-public-access-block-enabled", $"arn:aws:iam::{dev}:root",
            "The development account has IgnorePublicAcls and RestrictPublicBuckets turned off at the account level, so public ACLs and policies on its buckets take effect.");

        // Production, us-east-1. Unless stated otherwise, a bucket replicates to a bucket named NAME-dr in Acme's
        // disaster-recovery account, in another region of the same jurisdiction.
        LogBucket(demo, prod, use1);
        Add(demo, Good(demo, prod, use1, $"acme-cloudtrail-logs-{prod}", "security", "restricted", 2100, "acme-cloudtrail") with
        {
            Policy = ServicePolicy($"acme-cloudtrail-logs-{prod}", "cloudtrail.amazonaws.com"),
            LifecycleRules =
            [
                new LifecycleRule { Id = "archive-to-glacier", Status = "Enabled", HasTransitions = true, ExpirationDays = 2555 },
                new LifecycleRule { Id = "noncurrent-expiry", Status = "Enabled", NoncurrentVersionExpirationDays = 365 },
            ],
        });
        Add(demo, Good(demo, prod, use1, "acme-prod-datalake-raw-us-east-1", "data-platform", "confidential", 1400) with
        {
            AccessPoints = [AccessPoint(prod, use1, "raw-ingest-writers", "VPC"), AccessPoint(prod, use1, "raw-analytics-readers", "VPC")],
        });
        Add(demo, Good(demo, prod, use1, "acme-prod-datalake-curated-us-east-1", "data-platform", "confidential", 1400) with
        {
            AccessPoints = [AccessPoint(prod, use1, "curated-bi-readers", "VPC")],
        });
        Add(demo, Good(demo, prod, use1, "acme-prod-datalake-analytics-us-east-1", "data-platform", "confidential", 1200));
        Add(demo, Good(demo, prod, use1, "acme-prod-athena-results-us-east-1", "data-platform", "internal", 1100) with
        {
            LifecycleRules = [new LifecycleRule { Id = "expire-query-results", Status = "Enabled", ExpirationDays = 30, NoncurrentVersionExpirationDays = 7 }],
        });
        Add(demo, Good(demo, prod, use1, $"acme-prod-terraform-state-{prod}", "platform", "restricted", 1800));
        Add(demo, Good(demo, prod, use1, $"acme-prod-backups-{prod}", "platform", "confidential", 1700, "acme-backup"));
        // Origins of the CloudFront distributions (edge part), each with a replica in eu-west-1 for origin failover.
        WebOrigin(demo, "acme-prod-static-assets", 1500);
        WebOrigin(demo, "acme-prod-website", 1600);
        var reports = Add(demo, Good(demo, prod, use1, "acme-prod-reports-legacy", "finance", "internal", 2600) with
        {
            Policy = OriginAccessIdentityPolicy("acme-prod-reports-legacy", "E1LEGACYOAI9QZ"),
            Encryption = new BucketEncryption { Algorithm = "AES256" },
        });
        Add(demo, Good(demo, prod, use1, $"acme-prod-config-snapshots-{prod}", "security", "internal", 1300) with
        {
            Policy = ServicePolicy($"acme-prod-config-snapshots-{prod}", "config.amazonaws.com"),
        });
        Add(demo, Good(demo, prod, use1, "acme-prod-ml-models-us-east-1", "data-science", "confidential", 600));
        Add(demo, Good(demo, prod, use1, "acme-prod-glue-scripts-us-east-1", "data-platform", "internal", 1300));
        Add(demo, Good(demo, prod, use1, $"acme-prod-artifacts-{prod}", "platform", "internal", 1250));
        Add(demo, Good(demo, prod, use1, $"acme-vpc-flow-logs-{prod}", "security", "internal", 1350, "acme-logs") with
        {
            Policy = ServicePolicy($"acme-vpc-flow-logs-{prod}", "delivery.logs.amazonaws.com"),
        });
        var exports = Add(demo, Good(demo, prod, use1, "acme-prod-customer-exports-us-east-1", "integrations", "confidential", 900) with
        {
            Policy = PartnerExchangePolicy("acme-prod-customer-exports-us-east-1"),
            AccessPoints = [AccessPoint(prod, use1, "partner-exports", "Internet")],
        });
        demo.Weakness("s3-bucket-policy-no-cross-account-permission-changes", exports.Arn,
            "The customer exports bucket lets the partner's account put object ACLs as well as read and upload files, so the partner can grant anyone access to the objects it writes there.");
        var records = Add(demo, Good(demo, prod, use1, "acme-prod-legal-records-us-east-1", "legal", "restricted", 2000) with
        {
            MfaDelete = true,
            LifecycleRules = [],
        });
        demo.Weakness("s3-bucket-lifecycle-configured", records.Arn,
            "The legal records archive uses MFA delete, which S3 does not allow together with lifecycle rules, so no retention limit is ever enforced and expired records are kept forever.");

        // Production, eu-west-1.
        LogBucket(demo, prod, euw1);
        Add(demo, Good(demo, prod, euw1, "acme-prod-datalake-raw-eu-west-1", "data-platform", "confidential", 1000) with
        {
            AccessPoints = [AccessPoint(prod, euw1, "eu-raw-ingest-writers", "VPC")],
        });
        Add(demo, Good(demo, prod, euw1, "acme-prod-datalake-curated-eu-west-1", "data-platform", "confidential", 1000));
        Add(demo, Good(demo, prod, euw1, "acme-prod-athena-results-eu-west-1", "data-platform", "internal", 950) with
        {
            LifecycleRules = [new LifecycleRule { Id = "expire-query-results", Status = "Enabled", ExpirationDays = 30, NoncurrentVersionExpirationDays = 7 }],
        });
        Add(demo, Good(demo, prod, euw1, "acme-prod-backups-eu-west-1", "platform", "confidential", 1000));
        Add(demo, Good(demo, prod, euw1, "acme-prod-customer-uploads-eu-west-1", "integrations", "confidential", 700));
        Add(demo, Good(demo, prod, euw1, "acme-prod-ml-features-eu-west-1", "data-science", "confidential", 350));

        // Production, ap-southeast-2.
        LogBucket(demo, prod, apse2);
        Add(demo, Good(demo, prod, apse2, "acme-prod-datalake-raw-ap-southeast-2", "data-platform", "confidential", 500));
        Add(demo, Good(demo, prod, apse2, "acme-prod-athena-results-ap-southeast-2", "data-platform", "internal", 480) with
        {
            LifecycleRules = [new LifecycleRule { Id = "expire-query-results", Status = "Enabled", ExpirationDays = 30, NoncurrentVersionExpirationDays = 7 }],
        });
        Add(demo, Good(demo, prod, apse2, "acme-prod-backups-ap-southeast-2", "platform", "confidential", 500));
        Add(demo, Good(demo, prod, apse2, "acme-prod-reports-ap-southeast-2", "finance", "confidential", 400));
        Add(demo, Good(demo, prod, apse2, "acme-prod-datalake-curated-ap-southeast-2", "data-platform", "confidential", 480));
        Add(demo, Good(demo, prod, apse2, "acme-prod-customer-uploads-ap-southeast-2", "integrations", "confidential", 420));

        // Development, us-east-1.
        LogBucket(demo, dev, use1);
        Add(demo, Good(demo, dev, use1, $"acme-dev-terraform-state-{dev}", "platform", "restricted", 1800));
        Add(demo, Good(demo, dev, use1, $"acme-dev-raw-{dev}", "data-platform", "internal", 900));
        Add(demo, Good(demo, dev, use1, $"acme-vpc-flow-logs-{dev}", "security", "internal", 1350) with
        {
            Policy = ServicePolicy($"acme-vpc-flow-logs-{dev}", "delivery.logs.amazonaws.com"),
        });
        Add(demo, Good(demo, dev, use1, "acme-dev-athena-results-us-east-1", "data-platform", "internal", 900) with
        {
            LifecycleRules = [new LifecycleRule { Id = "expire-query-results", Status = "Enabled", ExpirationDays = 14, NoncurrentVersionExpirationDays = 7 }],
        });
        Add(demo, Good(demo, dev, use1, $"acme-dev-artifacts-{dev}", "platform", "internal", 800) with
        {
            LifecycleRules = [new LifecycleRule { Id = "expire-artifacts", Status = "Enabled", ExpirationDays = 90, NoncurrentVersionExpirationDays = 14 }],
        });

        var legacy = Add(demo, Good(demo, dev, use1, "acme-dev-legacy-reports", "analytics", "internal", 3300) with
        {
            Policy = null,
            ObjectOwnership = "ObjectWriter",
            AclGrants = [Owner(dev), new AclGrant { GranteeType = "Group", Grantee = AclGrant.AllUsers, Permission = "READ" }],
            PublicAccessBlock = NoneBlocked,
            Encryption = new BucketEncryption { Algorithm = "AES256" },
            Versioning = null,
            Logging = null,
            ObjectLockEnabled = false,
            ReplicationRules = [],
            LifecycleRules = [],
            EventNotificationsConfigured = false,
            Tags = Tags(dev, "analytics", "internal", managedBy: "console"),
        });
        Weak(demo, legacy.Arn, "A 2017 reports bucket created by hand in the console",
            ("s3-bucket-public-access-block-enabled", "has all four bucket-level Block Public Access settings off"),
            ("s3-bucket-acl-no-public-read", "still carries an AllUsers READ grant from an old report-sharing link, so anyone can list it"),
            ("s3-bucket-acls-disabled", "still uses ObjectWriter ownership with ACLs enabled"),
            ("s3-bucket-server-access-logging-enabled", "has no server access logging"),
            ("s3-bucket-versioning-enabled", "never had versioning enabled"),
            ("s3-bucket-lifecycle-configured", "has no lifecycle rules"),
            ("s3-bucket-policy-denies-http", "has no bucket policy at all, so it accepts requests over plain HTTP"));

        var sandbox = Add(demo, Good(demo, dev, use1, "acme-dev-sandbox-us-east-1", "engineering", "internal", 700) with
        {
            Policy = EngineersOnlyPolicy("acme-dev-sandbox-us-east-1", dev),
            Versioning = "Suspended",
            ObjectLockEnabled = false,
            ReplicationRules = [],
            LifecycleRules = [],
        });
        Weak(demo, sandbox.Arn, "The engineers' sandbox bucket",
            ("s3-bucket-versioning-enabled", "had versioning suspended to save storage costs"),
            ("s3-bucket-mfa-delete-enabled", "has no MFA delete, so its remaining object versions can be deleted with ordinary credentials"),
            ("s3-bucket-lifecycle-configured", "has no lifecycle rules, so nothing in it ever expires"),
            ("s3-bucket-policy-denies-http", "has a hand-written bucket policy that grants the engineers role access but lacks the DenyInsecureTransport statement, so plain HTTP requests succeed"));

        var experiments = Add(demo, Good(demo, dev, use1, "acme-dev-ml-experiments-us-east-1", "data-science", "internal", 300) with
        {
            AccessPoints =
            [
                AccessPoint(dev, use1, "experiments-notebooks", "VPC"),
                AccessPoint(dev, use1, "research-partners", "Internet") with
                {
                    PublicAccessBlock = AllBlocked with { BlockPublicPolicy = false, RestrictPublicBuckets = false },
                },
            ],
        });
        demo.Weakness("s3-access-point-public-access-block-enabled", experiments.Arn,
            "The research-partners access point of the ML experiments bucket was created with BlockPublicPolicy and RestrictPublicBuckets off, so its access point policy could open it to everyone.");

        var preview = Add(demo, Good(demo, dev, use1, "acme-dev-website-preview", "web", "public", 250) with
        {
            Policy = PublicPreviewPolicy("acme-dev-website-preview", dev),
            PublicAccessBlock = AllBlocked with { BlockPublicPolicy = false, RestrictPublicBuckets = false },
        });
        demo.Weakness("s3-bucket-public-access-block-enabled", preview.Arn,
            "The website preview bucket has BlockPublicPolicy and RestrictPublicBuckets off, left over from serving preview sites directly from S3 before CloudFront.");
        demo.Weakness("s3-bucket-policy-no-public-read", preview.Arn,
            "The website preview bucket's policy still lets anyone get its objects, a statement from the days before CloudFront that nobody removed; with RestrictPublicBuckets off in the bucket and the account, unreleased pages are on the internet.");

        var dropbox = Add(demo, Good(demo, dev, use1, "acme-dev-vendor-dropbox-us-east-1", "integrations", "internal", 150) with
        {
            Policy = PublicUploadPolicy("acme-dev-vendor-dropbox-us-east-1"),
            PublicAccessBlock = AllBlocked with { BlockPublicPolicy = false, RestrictPublicBuckets = false },
        });
        Weak(demo, dropbox.Arn, "The vendor dropbox bucket",
            ("s3-bucket-policy-no-public-write", "lets anyone upload objects, because the vendor who sends test files has no AWS account"),
            ("s3-bucket-public-access-block-enabled", "has BlockPublicPolicy and RestrictPublicBuckets off so that its public upload policy could be saved and takes effect"));

        // Development, eu-west-1: no access-log bucket in this region, so nothing here is logged.
        var devLake = Add(demo, Good(demo, dev, euw1, "acme-dev-datalake-raw-eu-west-1", "data-platform", "internal", 600) with { Logging = null });
        demo.Weakness("s3-bucket-server-access-logging-enabled", devLake.Arn,
            "The development data lake bucket in eu-west-1 has no server access logging because nobody created a log bucket in that region.");

        var fixtures = Add(demo, Good(demo, dev, euw1, "acme-dev-qa-fixtures-eu-west-1", "qa", "internal", 1500) with
        {
            Logging = null,
            ObjectOwnership = "BucketOwnerPreferred",
            AclGrants = [Owner(dev), new AclGrant { GranteeType = "Group", Grantee = AclGrant.AuthenticatedUsers, Permission = "WRITE" }],
            PublicAccessBlock = AllBlocked with { IgnorePublicAcls = false },
        });
        Weak(demo, fixtures.Arn, "The QA fixtures bucket",
            ("s3-bucket-acl-no-public-write", "has an ACL grant of WRITE to AuthenticatedUsers (any AWS account) added for a vendor's test harness"),
            ("s3-bucket-acls-disabled", "keeps ACLs enabled (BucketOwnerPreferred) for that grant"),
            ("s3-bucket-public-access-block-enabled", "has IgnorePublicAcls off so that the grant works"),
            ("s3-bucket-server-access-logging-enabled", "has no server access logging"));
    }

    private static S3Bucket Add(DemoEstateBuilder demo, S3Bucket bucket) => demo.Add(bucket);

    /// <summary>A CloudFront origin bucket in us-east-1 and its replica in eu-west-1, replicating both ways.</summary>
    private static void WebOrigin(DemoEstateBuilder demo, string name, int ageDays)
    {
        const string prod = DemoAccounts.Prod;
        var replica = $"{name}-replica";
        Add(demo, Good(demo, prod, DemoAccounts.UsEast1, name, "web", "public", ageDays) with
        {
            Policy = CloudFrontPolicy(name, prod),
            ReplicationRules = [new ReplicationRule { Id = "origin-failover", Status = "Enabled", DestinationBucketArn = $"arn:aws:s3:::{replica}" }],
        });
        Add(demo, Good(demo, prod, DemoAccounts.EuWest1, replica, "web", "public", ageDays) with
        {
            Policy = CloudFrontPolicy(replica, prod),
            ReplicationRules = [new ReplicationRule { Id = "origin-failover", Status = "Enabled", DestinationBucketArn = $"arn:aws:s3:::{name}" }],
        });
    }

    private static void Weak(DemoEstateBuilder demo, string arn, string subject, params (string CheckId, string What)[] weaknesses)
    {
        foreach (var (checkId, what) in weaknesses) demo.Weakness(checkId, arn, $"{subject} {what}.");
    }

    /// <summary>The server access log bucket of an account and region: SSE-S3 as AWS documents for log destinations,
    /// and no access logging of its own (logging to itself would loop), so the logging check fails by design.</summary>
    private static void LogBucket(DemoEstateBuilder demo, string accountId, string region)
    {
        var name = LogBucketName(accountId, region);
        var bucket = Add(demo, Good(demo, accountId, region, name, "security", "internal", 1900) with
        {
            Policy = ServicePolicy(name, "logging.s3.amazonaws.com"),
            Encryption = new BucketEncryption { Algorithm = "AES256" },
            Logging = null,
            LifecycleRules = [new LifecycleRule { Id = "expire-access-logs", Status = "Enabled", ExpirationDays = 400, NoncurrentVersionExpirationDays = 30, HasTransitions = true }],
        });
        demo.Weakness("s3-bucket-server-access-logging-enabled", bucket.Arn,
            $"The access-log bucket {name} does not log its own access, as AWS advises for log destinations (logging to itself would loop); an accepted exception to mute.");
    }

    private static string LogBucketName(string accountId, string region) =>
        $"acme-{(accountId == DemoAccounts.Prod ? "prod" : "dev")}-s3-access-logs-{region}";

    /// <summary>A bucket configured the way Acme's Terraform module does it.</summary>
    private static S3Bucket Good(DemoEstateBuilder demo, string accountId, string region, string name, string owner, string classification, int ageDays,
        string? keyAlias = null) => new()
    {
        Arn = $"arn:aws:s3:::{name}",
        Name = name,
        AccountId = accountId,
        Region = region,
        CreationDate = demo.Now.AddDays(-ageDays),
        Policy = TlsOnlyPolicy(name),
        AclGrants = [Owner(accountId)],
        ObjectOwnership = "BucketOwnerEnforced",
        PublicAccessBlock = AllBlocked,
        Encryption = new BucketEncryption
        {
            Algorithm = "aws:kms",
            KmsKeyId = $"arn:aws:kms:{region}:{accountId}:alias/{keyAlias ?? (accountId == DemoAccounts.Prod ? "acme-s3-data" : "acme-dev-data")}",
            BucketKeyEnabled = true,
        },
        Versioning = "Enabled",
        Logging = new BucketLogging(LogBucketName(accountId, region), $"{name}/"),
        ObjectLockEnabled = true,
        ReplicationRules =
        [
            new ReplicationRule
            {
                Id = "disaster-recovery",
                Status = "Enabled",
                DestinationBucketArn = $"arn:aws:s3:::{name}-dr",
                DestinationRegion = DrRegion(region),
            },
        ],
        LifecycleRules =
        [
            new LifecycleRule { Id = "intelligent-tiering", Status = "Enabled", HasTransitions = true },
            new LifecycleRule { Id = "noncurrent-expiry", Status = "Enabled", NoncurrentVersionExpirationDays = 90 },
        ],
        EventNotificationsConfigured = true,
        Tags = Tags(accountId, owner, classification),
    };

    private static Dictionary<string, string> Tags(string accountId, string owner, string classification, string managedBy = "terraform") => new()
    {
        ["environment"] = accountId == DemoAccounts.Prod ? "production" : "development",
        ["owner"] = owner,
        ["data-classification"] = classification,
        ["cost-center"] = owner == "platform" || owner == "security" ? "cc-1000" : "cc-2000",
        ["managed-by"] = managedBy,
    };

    private static string DrRegion(string region) => region switch
    {
        DemoAccounts.UsEast1 => "us-west-2",
        DemoAccounts.EuWest1 => "eu-central-1",
        _ => "ap-southeast-4",
    };

    private static AclGrant Owner(string accountId) => new()
    {
        GranteeType = "CanonicalUser",
        Grantee = accountId == DemoAccounts.Prod
            ? "4f1c2b7e9a3d5c8b0e6f2a4d7c9b1e3f5a7c9e1b3d5f7a9c2e4b6d8f0a1c3e5b"
            : "9b3e5d7f1a2c4e6b8d0f3a5c7e9b2d4f6a8c1e3b5d7f9a2c4e6b8d1f3a5c7e9d",
        Permission = "FULL_CONTROL",
    };

    private static S3AccessPoint AccessPoint(string accountId, string region, string name, string origin) => new()
    {
        Arn = $"arn:aws:s3:{region}:{accountId}:accesspoint/{name}",
        Name = name,
        NetworkOrigin = origin,
        PublicAccessBlock = AllBlocked,
    };

    private static string TlsOnlyPolicy(string bucket) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal);

    private static string EngineersOnlyPolicy(string bucket, string accountId) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"AllowEngineers","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT_ID:role/acme-engineers"},"Action":["s3:GetObject","s3:PutObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::BUCKET/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("ACCOUNT_ID", accountId, StringComparison.Ordinal);

    private static string ServicePolicy(string bucket, string service) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"AllowServiceDelivery","Effect":"Allow","Principal":{"Service":"SERVICE"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::BUCKET/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("SERVICE", service, StringComparison.Ordinal);

    private static string PublicPreviewPolicy(string bucket, string accountId) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"AllowCloudFrontOriginAccessControl","Effect":"Allow","Principal":{"Service":"cloudfront.amazonaws.com"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::BUCKET/*","Condition":{"StringLike":{"AWS:SourceArn":"arn:aws:cloudfront::ACCOUNT_ID:distribution/*"}}},{"Sid":"PublicReadForPreviewSites","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::BUCKET/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("ACCOUNT_ID", accountId, StringComparison.Ordinal);

    private static string PublicUploadPolicy(string bucket) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"VendorUploads","Effect":"Allow","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::BUCKET/incoming/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal);

    private static string PartnerExchangePolicy(string bucket) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"PartnerList","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::BUCKET"},{"Sid":"PartnerExchange","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":["s3:GetObject","s3:PutObject","s3:PutObjectAcl"],"Resource":"arn:aws:s3:::BUCKET/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("PARTNER", DemoOutsideAccounts.Partner, StringComparison.Ordinal);

    private static string OriginAccessIdentityPolicy(string bucket, string identity) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"AllowLegacyOriginAccessIdentity","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity IDENTITY"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::BUCKET/*"}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("IDENTITY", identity, StringComparison.Ordinal);

    private static string CloudFrontPolicy(string bucket, string accountId) => """
        {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Sid":"AllowCloudFrontOriginAccessControl","Effect":"Allow","Principal":{"Service":"cloudfront.amazonaws.com"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::BUCKET/*","Condition":{"StringLike":{"AWS:SourceArn":"arn:aws:cloudfront::ACCOUNT_ID:distribution/*"}}}]}
        """.Replace("BUCKET", bucket, StringComparison.Ordinal).Replace("ACCOUNT_ID", accountId, StringComparison.Ordinal);
}
