using Vigil.Core.Model.S3;

namespace Vigil.Importers.Tests.Terraform;

public sealed class S3BucketMappingTests
{
    [Fact]
    public async Task BucketPolicyResource_IsTheBucketsPolicy()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.Contains("\"Principal\":\"*\"", snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").Policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicAccessBlockResource_SetsTheFourSwitches()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.Equal(new PublicAccessBlock(), snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").PublicAccessBlock);
    }

    [Fact]
    public async Task PublicAccessBlockResource_SwitchesItLeavesOutAreOff()
    {
        var snapshot = await InlinePlan.ImportAsync(
            ("aws_s3_bucket", "b", """{"bucket":"tf-b"}""", """{"id":true}""", """{"bucket":{"constant_value":"tf-b"}}"""),
            ("aws_s3_bucket_public_access_block", "b", """{"block_public_acls":true,"bucket":null}""", """{"bucket":true,"id":true}""",
             """{"bucket":{"references":["aws_s3_bucket.b.id","aws_s3_bucket.b"]},"block_public_acls":{"constant_value":true}}"""));
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true }, snapshot.S3Buckets.Single().PublicAccessBlock);
    }

    [Fact]
    public async Task SplitResourceNamingTheBucketByItsKnownName_JoinsIt()
    {
        var snapshot = await InlinePlan.ImportAsync(
            ("aws_s3_bucket", "b", """{"bucket":"tf-b"}""", """{"id":true}""", """{"bucket":{"constant_value":"tf-b"}}"""),
            ("aws_s3_bucket_versioning", "b", """{"bucket":"tf-b","versioning_configuration":[{"status":"Enabled"}]}""", """{"id":true}""",
             """{"bucket":{"constant_value":"tf-b"},"versioning_configuration":[{"status":{"constant_value":"Enabled"}}]}"""));
        Assert.Equal("Enabled", snapshot.S3Buckets.Single().Versioning);
    }

    [Fact]
    public async Task CannedPublicReadAcl_GrantsAllUsersRead()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        var grant = Assert.Single(snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").AclGrants);
        Assert.True(grant.IsPublic);
        Assert.Equal("READ", grant.Permission);
    }

    [Fact]
    public async Task OwnershipControlsResource_SetsObjectOwnership()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.Equal("BucketOwnerPreferred", snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").ObjectOwnership);
    }

    [Fact]
    public async Task LoggingTargetKnownOnlyAfterApply_IsTheNameOfThePlannedTargetBucket()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.Equal(new BucketLogging("acme-marketing-logs", "website/"), snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").Logging);
    }

    [Fact]
    public async Task SuspendedVersioning_IsSuspended()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        Assert.Equal("Suspended", snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-site").Versioning);
    }

    [Fact]
    public async Task SseKmsWithoutAKeyId_UsesTheAwsManagedKey()
    {
        var snapshot = await PlanFixture.ImportAsync("public-website.plan.json");
        var encryption = snapshot.S3Buckets.Single(b => b.Name == "acme-marketing-logs").Encryption!;
        Assert.Equal("aws:kms", encryption.Algorithm);
        Assert.Null(encryption.KmsKeyId);
    }
}
