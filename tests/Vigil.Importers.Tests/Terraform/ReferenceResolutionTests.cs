using Vigil.Core.Model;

namespace Vigil.Importers.Tests.Terraform;

/// <summary>Values only known after apply: set to a planned resource when the configuration refers to one (directly,
/// through a module variable or a module output), unknown otherwise, and AWS's default when not configured at all.</summary>
public sealed class ReferenceResolutionTests
{
    [Fact]
    public async Task UnknownKeyPassedThroughAModuleVariable_IsTheArnOfThePlannedKey()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        var key = snapshot.KmsKeys.Single(k => k.Location!.Address == "aws_kms_key.storage");
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "acme-prod-logs");
        Assert.Equal("aws:kms", bucket.Encryption!.Algorithm);
        Assert.Equal(key.Arn, bucket.Encryption.KmsKeyId);
    }

    [Fact]
    public async Task UnknownKeyFromAModuleOutput_IsTheArnOfTheKeyInsideTheModule()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var key = snapshot.KmsKeys.Single(k => k.Location!.Address == "module.kms.aws_kms_key.this");
        Assert.Equal(key.Arn, snapshot.SnsTopics.Single().KmsMasterKeyId);
        Assert.Equal(key.Arn, snapshot.Trails.Single().KmsKeyId);
    }

    [Fact]
    public async Task SplitResourcesOfAForEachModule_JoinTheBucketOfTheirOwnModuleInstance()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        Assert.Equal(365, Assert.Single(snapshot.S3Buckets.Single(b => b.Name == "acme-prod-logs").LifecycleRules).ExpirationDays);
        Assert.Empty(snapshot.S3Buckets.Single(b => b.Name == "acme-prod-assets").LifecycleRules);
    }

    [Fact]
    public async Task ValueFromADataSourceReadAtApply_IsUnknownAndSaysWhereItComesFrom()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "acme-prod-logs");
        Assert.Null(bucket.Policy);
        Assert.Contains("Policy", bucket.Unreadable);
        var error = snapshot.Errors.Single(e => e.ResourceArn == bucket.Arn && e.Property == "Policy");
        Assert.True(error.IsUnknownBeforeDeployment);
        Assert.Equal("terraform", error.Service);
        Assert.Equal("plan", error.Operation);
        Assert.Equal("module.storage[\"logs\"].aws_s3_bucket_policy.tls_only.policy is known only after apply (it comes from data.aws_iam_policy_document.tls_only.json).", error.Message);
    }

    [Fact]
    public async Task ComputedValuesTheConfigurationDoesNotSet_TakeTheDefaultsOfANewBucket()
    {
        var snapshot = await PlanFixture.ImportAsync("storage-modules.plan.json");
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "acme-prod-access-logs");
        Assert.Empty(bucket.Unreadable);
        Assert.True(bucket.PublicAccessBlock!.AllEnabled);
        Assert.Equal("BucketOwnerEnforced", bucket.ObjectOwnership);
        Assert.Equal(new BucketEncryptionExpectation("AES256", null), new BucketEncryptionExpectation(bucket.Encryption!.Algorithm, bucket.Encryption.KmsKeyId));
        Assert.Null(bucket.Versioning);
        Assert.Null(bucket.Logging);
        Assert.Null(bucket.Policy);
    }

    [Fact]
    public async Task SplatReferenceToACountedBlock_NamesEveryInstance()
    {
        var snapshot = await PlanFixture.ImportAsync("network.plan.json");
        Assert.Equal(["us-east-1a", "us-east-1b"], snapshot.LoadBalancers.Single().AvailabilityZones);
        Assert.Equal(["aws_subnet.public[0]", "aws_subnet.public[1]"], snapshot.NetworkAcls.Single().SubnetIds);
    }

    [Fact]
    public async Task UnknownValueWithoutAnyReference_IsUnknown()
    {
        var snapshot = await InlinePlan.ImportAsync(("aws_sns_topic", "events",
            """{"name":"events","fifo_topic":false}""", """{"arn":true,"kms_master_key_id":true}""",
            """{"name":{"constant_value":"events"},"kms_master_key_id":{}}"""));
        var topic = snapshot.SnsTopics.Single();
        Assert.Null(topic.KmsMasterKeyId);
        Assert.Equal(["KmsMasterKeyId"], topic.Unreadable);
        Assert.Equal("aws_sns_topic.events.kms_master_key_id is known only after apply.", snapshot.Errors.Single().Message);
    }

    private sealed record BucketEncryptionExpectation(string Algorithm, string? KmsKeyId);
}
