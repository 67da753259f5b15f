using System.Net;
using Vigil.Aws.Collectors.S3;
using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Tests.Collectors.S3;

public sealed class S3BucketCollectorTests
{
    private const string PolicyJson = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::data-bucket/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";

    [Fact]
    public async Task Collect_ReadsEveryPropertyOfEachBucket_InTheBucketsRegion()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.ListBuckets(null, "data-bucket", "plain-bucket"))
            .On("s3:GetBucketLocation", r => S3Wire.Location(r.Resource == "data-bucket" ? "eu-west-1" : null));
        ScriptConfiguredBucket(aws);
        ScriptUnconfiguredBuckets(aws);
        aws.On("s3control:ListAccessPoints", r => r.Region == "eu-west-1"
                ? S3Wire.Xml("ListAccessPointsResult", """
                    <AccessPointList><AccessPoint><Name>ap1</Name><NetworkOrigin>VPC</NetworkOrigin><VpcConfiguration><VpcId>vpc-1</VpcId></VpcConfiguration>
                    <Bucket>data-bucket</Bucket><AccessPointArn>arn:aws:s3:eu-west-1:123456789012:accesspoint/ap1</AccessPointArn><Alias>ap1-abc-s3alias</Alias>
                    <BucketAccountId>123456789012</BucketAccountId></AccessPoint></AccessPointList>
                    """, S3Wire.ControlNs)
                : S3Wire.Xml("ListAccessPointsResult", "<AccessPointList/>", S3Wire.ControlNs))
            .On("s3control:GetAccessPoint", _ => S3Wire.Xml("GetAccessPointResult", """
                <Name>ap1</Name><Bucket>data-bucket</Bucket><NetworkOrigin>VPC</NetworkOrigin><VpcConfiguration><VpcId>vpc-1</VpcId></VpcConfiguration>
                <PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>
                <CreationDate>2024-02-03T04:05:06Z</CreationDate><AccessPointArn>arn:aws:s3:eu-west-1:123456789012:accesspoint/ap1</AccessPointArn>
                """, S3Wire.ControlNs))
            .On("s3control:GetAccessPointPolicy", _ => S3Wire.Xml("GetAccessPointPolicyResult", "<Policy>{\"Version\":\"2012-10-17\",\"Statement\":[]}</Policy>", S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        Assert.Empty(snapshot.Errors);
        var data = Assert.Single(snapshot.S3Buckets, b => b.Name == "data-bucket");
        Assert.Equal("arn:aws:s3:::data-bucket", data.Arn);
        Assert.Equal(CollectorRun.AccountId, data.AccountId);
        Assert.Equal("eu-west-1", data.Region);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), data.CreationDate);
        Assert.Equal(PolicyJson, data.Policy);
        Assert.Equal(
            [new AclGrant { GranteeType = "CanonicalUser", Grantee = "owner-canonical-id", Permission = "FULL_CONTROL" },
             new AclGrant { GranteeType = "Group", Grantee = AclGrant.AllUsers, Permission = "READ" }],
            data.AclGrants);
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = false, RestrictPublicBuckets = true }, data.PublicAccessBlock);
        Assert.Equal(new BucketEncryption { Algorithm = "aws:kms", KmsKeyId = "arn:aws:kms:eu-west-1:123456789012:key/k1", BucketKeyEnabled = true }, data.Encryption);
        Assert.Equal("Enabled", data.Versioning);
        Assert.True(data.MfaDelete);
        Assert.Equal(new BucketLogging("plain-bucket", "data/"), data.Logging);
        Assert.True(data.ObjectLockEnabled);
        Assert.Equal([new ReplicationRule { Id = "r1", Status = "Enabled", DestinationBucketArn = "arn:aws:s3:::replica-bucket" }], data.ReplicationRules);
        Assert.Equal("BucketOwnerEnforced", data.ObjectOwnership);
        Assert.Equal([new LifecycleRule { Id = "expire", Status = "Enabled", ExpirationDays = 365, NoncurrentVersionExpirationDays = 90, HasTransitions = true }], data.LifecycleRules);
        Assert.True(data.EventNotificationsConfigured);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "confidential", ["owner"] = "analytics" }, data.Tags);
        var point = Assert.Single(data.AccessPoints);
        Assert.Equal(("arn:aws:s3:eu-west-1:123456789012:accesspoint/ap1", "ap1", "VPC"), (point.Arn, point.Name, point.NetworkOrigin));
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = false }, point.PublicAccessBlock);
        Assert.Equal("""{"Version":"2012-10-17","Statement":[]}""", point.Policy);
        Assert.Empty(data.Unreadable);

        var plain = Assert.Single(snapshot.S3Buckets, b => b.Name == "plain-bucket");
        Assert.Equal("us-east-1", plain.Region);
        Assert.Null(plain.Policy);
        Assert.Equal(new PublicAccessBlock(), plain.PublicAccessBlock);
        Assert.Null(plain.Encryption);
        Assert.Null(plain.Versioning);
        Assert.False(plain.MfaDelete);
        Assert.Null(plain.Logging);
        Assert.False(plain.ObjectLockEnabled);
        Assert.Empty(plain.ReplicationRules);
        Assert.Equal("ObjectWriter", plain.ObjectOwnership);
        Assert.Empty(plain.LifecycleRules);
        Assert.False(plain.EventNotificationsConfigured);
        Assert.Empty(plain.AccessPoints);
        Assert.Empty(plain.Tags);
        Assert.Empty(plain.Unreadable);

        Assert.All(aws.Requests.Where(r => r.Resource == "data-bucket" && r.Service == "s3" && r.Operation != "GetBucketLocation"), r => Assert.Equal("eu-west-1", r.Region));
        Assert.All(aws.Requests.Where(r => r.Resource == "plain-bucket"), r => Assert.Equal("us-east-1", r.Region));
    }

    [Fact]
    public async Task Collect_FollowsListBucketsContinuationTokens()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", r => r.Input("continuation-token") == "page-2"
            ? S3Wire.ListBuckets(null, "second-bucket")
            : S3Wire.ListBuckets("page-2", "first-bucket"));
        aws.On("s3:GetBucketLocation", _ => S3Wire.Location("eu-west-1"));
        ScriptUnconfiguredBuckets(aws);
        aws.On("s3control:ListAccessPoints", _ => S3Wire.Xml("ListAccessPointsResult", "", S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["first-bucket", "second-bucket"], snapshot.S3Buckets.Select(b => b.Name).Order());
        Assert.Equal(2, aws.Calls("s3:ListBuckets").Count());
    }

    [Fact]
    public async Task Collect_BucketRegionFromListBuckets_SparesGetBucketLocation()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.Xml("ListAllMyBucketsResult",
            "<Buckets><Bucket><Name>plain-bucket</Name><CreationDate>2024-01-02T03:04:05.000Z</CreationDate><BucketRegion>ap-southeast-2</BucketRegion></Bucket></Buckets>"));
        ScriptUnconfiguredBuckets(aws);
        aws.On("s3control:ListAccessPoints", _ => S3Wire.Xml("ListAccessPointsResult", "", S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal("ap-southeast-2", Assert.Single(snapshot.S3Buckets).Region);
        Assert.Empty(aws.Calls("s3:GetBucketLocation"));
        Assert.All(aws.Requests.Where(r => r.Resource == "plain-bucket"), r => Assert.Equal("ap-southeast-2", r.Region));
        Assert.Equal("ap-southeast-2", Assert.Single(aws.Calls("s3control:ListAccessPoints")).Region);
    }

    [Fact]
    public async Task Collect_ListBucketsDenied_RecordsTheErrorAndNoBuckets()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => FakeReply.AccessDenied("s3"));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        Assert.Empty(snapshot.S3Buckets);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("s3", "ListBuckets", "AccessDenied", "AWS::S3::Bucket", null), (error.Service, error.Operation, error.ErrorCode, error.ResourceType, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_VersioningDenied_KeepsTheBucket_WithVersioningUnreadable_AndTheCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.ListBuckets(null, "plain-bucket"))
            .On("s3:GetBucketLocation", _ => S3Wire.Location(null));
        ScriptUnconfiguredBuckets(aws);
        aws.On("s3:GetBucketVersioning", _ => FakeReply.AccessDenied("s3"))
            .On("s3control:ListAccessPoints", _ => S3Wire.Xml("ListAccessPointsResult", "", S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Equal(["MfaDelete", "Versioning"], bucket.Unreadable);
        Assert.Null(bucket.Versioning);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetBucketVersioning", "AccessDenied", "arn:aws:s3:::plain-bucket", "Versioning,MfaDelete"), (error.Operation, error.ErrorCode, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "s3-bucket-versioning-enabled", bucket.Arn).Status);
        Assert.Equal(FindingStatus.Fail, CollectorRun.Check(snapshot, "s3-bucket-public-access-block-enabled", bucket.Arn).Status);
    }

    [Fact]
    public async Task Collect_TaggingDenied_KeepsTheBucket_WithTagsUnreadable_AndTheClassificationCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.ListBuckets(null, "plain-bucket"));
        aws.On("s3:GetBucketLocation", _ => S3Wire.Location(null));
        ScriptUnconfiguredBuckets(aws);
        aws.On("s3:GetBucketTagging", _ => FakeReply.AccessDenied("s3"));
        aws.On("s3control:ListAccessPoints", _ => S3Wire.Xml("ListAccessPointsResult", "", S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Equal(["Tags"], bucket.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetBucketTagging", "AccessDenied", "arn:aws:s3:::plain-bucket", "Tags"), (error.Operation, error.ErrorCode, error.ResourceArn, error.Property));
        var settings = CheckSettings.Default with { DataClassificationTagKeys = ["data-classification"] };
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "s3-bucket-classification-tagged", bucket.Arn, settings).Status);
    }

    [Fact]
    public async Task Collect_LocationDenied_ReadsTheBucketWhereListed_AndNamesRegionUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.ListBuckets(null, "plain-bucket"))
            .On("s3:GetBucketLocation", _ => FakeReply.AccessDenied("s3"));
        ScriptUnconfiguredBuckets(aws);

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Null(bucket.Region);
        Assert.Equal(["AccessPoints", "Region"], bucket.Unreadable);
        Assert.Equal("GetBucketLocation", Assert.Single(snapshot.Errors).Operation);
        Assert.Empty(aws.Calls("s3control:ListAccessPoints"));
    }

    [Fact]
    public async Task Collect_AccessPointListingDenied_MakesAccessPointsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("s3:ListBuckets", _ => S3Wire.ListBuckets(null, "plain-bucket"))
            .On("s3:GetBucketLocation", _ => S3Wire.Location(null))
            .On("s3control:ListAccessPoints", _ => FakeReply.AccessDenied("s3control"));
        ScriptUnconfiguredBuckets(aws);

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3BucketCollector());

        Assert.Equal(["AccessPoints"], Assert.Single(snapshot.S3Buckets).Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("s3control", "ListAccessPoints", "arn:aws:s3:::plain-bucket", "AccessPoints"), (error.Service, error.Operation, error.ResourceArn, error.Property));
    }

    private static void ScriptConfiguredBucket(FakeAws aws)
    {
        Route(aws, "GetBucketPolicy", "data-bucket", _ => FakeReply.Json(PolicyJson));
        Route(aws, "GetBucketAcl", "data-bucket", _ => S3Wire.Xml("AccessControlPolicy", """
            <Owner><ID>owner-canonical-id</ID><DisplayName>owner</DisplayName></Owner><AccessControlList>
            <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>owner-canonical-id</ID><DisplayName>owner</DisplayName></Grantee><Permission>FULL_CONTROL</Permission></Grant>
            <Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>
            </AccessControlList>
            """));
        Route(aws, "GetPublicAccessBlock", "data-bucket", _ => S3Wire.PublicAccessBlock(true, true, false, true));
        Route(aws, "GetBucketEncryption", "data-bucket", _ => S3Wire.Xml("ServerSideEncryptionConfiguration",
            "<Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:eu-west-1:123456789012:key/k1</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule>"));
        Route(aws, "GetBucketVersioning", "data-bucket", _ => S3Wire.Xml("VersioningConfiguration", "<Status>Enabled</Status><MfaDelete>Enabled</MfaDelete>"));
        Route(aws, "GetBucketLogging", "data-bucket", _ => S3Wire.Xml("BucketLoggingStatus", "<LoggingEnabled><TargetBucket>plain-bucket</TargetBucket><TargetPrefix>data/</TargetPrefix></LoggingEnabled>"));
        Route(aws, "GetObjectLockConfiguration", "data-bucket", _ => S3Wire.Xml("ObjectLockConfiguration", "<ObjectLockEnabled>Enabled</ObjectLockEnabled>"));
        Route(aws, "GetBucketReplication", "data-bucket", _ => S3Wire.Xml("ReplicationConfiguration",
            "<Role>arn:aws:iam::123456789012:role/replication</Role><Rule><ID>r1</ID><Priority>1</Priority><Status>Enabled</Status><Filter/><Destination><Bucket>arn:aws:s3:::replica-bucket</Bucket></Destination><DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule>"));
        Route(aws, "GetBucketOwnershipControls", "data-bucket", _ => S3Wire.Xml("OwnershipControls", "<Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule>"));
        Route(aws, "GetBucketLifecycleConfiguration", "data-bucket", _ => S3Wire.Xml("LifecycleConfiguration",
            "<Rule><ID>expire</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status><Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition><Expiration><Days>365</Days></Expiration><NoncurrentVersionExpiration><NoncurrentDays>90</NoncurrentDays></NoncurrentVersionExpiration></Rule>"));
        Route(aws, "GetBucketTagging", "data-bucket", _ => S3Wire.Xml("Tagging",
            "<TagSet><Tag><Key>data-classification</Key><Value>confidential</Value></Tag><Tag><Key>owner</Key><Value>analytics</Value></Tag></TagSet>"));
        Route(aws, "GetBucketNotificationConfiguration", "data-bucket", _ => S3Wire.Xml("NotificationConfiguration",
            "<TopicConfiguration><Id>created</Id><Topic>arn:aws:sns:eu-west-1:123456789012:created</Topic><Event>s3:ObjectCreated:*</Event></TopicConfiguration>"));
    }

    private static void Route(FakeAws aws, string operation, string bucket, Func<FakeRequest, HttpResponseMessage> answer) =>
        aws.On("s3:" + operation, bucket, answer);

    /// <summary>Every bucket operation answers "not configured", as AWS does for a new bucket.</summary>
    private static void ScriptUnconfiguredBuckets(FakeAws aws)
    {
        var unconfigured = new Dictionary<string, Func<HttpResponseMessage>>
        {
            ["GetBucketPolicy"] = () => S3Wire.NotFound("NoSuchBucketPolicy"),
            ["GetBucketAcl"] = () => S3Wire.Xml("AccessControlPolicy", "<Owner><ID>owner-canonical-id</ID></Owner><AccessControlList/>"),
            ["GetPublicAccessBlock"] = () => S3Wire.NotFound("NoSuchPublicAccessBlockConfiguration"),
            ["GetBucketEncryption"] = () => S3Wire.NotFound("ServerSideEncryptionConfigurationNotFoundError"),
            ["GetBucketVersioning"] = () => S3Wire.Xml("VersioningConfiguration"),
            ["GetBucketLogging"] = () => S3Wire.Xml("BucketLoggingStatus"),
            ["GetObjectLockConfiguration"] = () => S3Wire.NotFound("ObjectLockConfigurationNotFoundError"),
            ["GetBucketReplication"] = () => S3Wire.NotFound("ReplicationConfigurationNotFoundError"),
            ["GetBucketOwnershipControls"] = () => S3Wire.NotFound("OwnershipControlsNotFoundError"),
            ["GetBucketLifecycleConfiguration"] = () => S3Wire.NotFound("NoSuchLifecycleConfiguration"),
            ["GetBucketNotificationConfiguration"] = () => S3Wire.Xml("NotificationConfiguration"),
            ["GetBucketTagging"] = () => S3Wire.NotFound("NoSuchTagSet"),
        };
        foreach (var (operation, answer) in unconfigured) aws.On("s3:" + operation, _ => answer());
    }
}
