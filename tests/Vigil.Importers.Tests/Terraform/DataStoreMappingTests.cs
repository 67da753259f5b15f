namespace Vigil.Importers.Tests.Terraform;

public sealed class DataStoreMappingTests
{
    [Fact]
    public async Task ReplicaOfAPlannedInstance_HasItsSourcesEncryptionAndMasterUser()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var replica = snapshot.RdsInstances.Single(i => i.Name == "orders-reporting");
        Assert.True(replica.StorageEncrypted);
        Assert.Equal("orders_admin", replica.MasterUsername);
        Assert.Equal("postgres", replica.Engine);
        Assert.Equal("orders-prod", replica.ReadReplicaSourceDbInstanceIdentifier);
        Assert.DoesNotContain("StorageEncrypted", replica.Unreadable);
    }

    [Fact]
    public async Task InstanceRestoredFromASnapshot_HasUnknownEncryption()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var staging = snapshot.RdsInstances.Single(i => i.Name == "orders-staging");
        Assert.Contains("StorageEncrypted", staging.Unreadable);
        Assert.Contains(snapshot.Errors, e => e.ResourceArn == staging.Arn && e.Property == "StorageEncrypted" && e.IsUnknownBeforeDeployment);
    }

    [Fact]
    public async Task PlannedParameterGroup_GivesTheInstanceItsTlsParameter()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        Assert.Equal("1", snapshot.RdsInstances.Single(i => i.Name == "orders-prod").Parameters["rds.force_ssl"]);
    }

    [Fact]
    public async Task QueueWithoutAKey_IsEncryptedWithSqsManagedKeys()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var queue = snapshot.SqsQueues.Single();
        Assert.True(queue.SqsManagedSseEnabled);
        Assert.Equal("https://sqs.us-east-1.amazonaws.com/000000000000/orders-prod", queue.QueueUrl);
        Assert.NotNull(queue.Policy);
    }

    [Fact]
    public async Task TableWithAKeyFromAModule_IsEncryptedWithACustomerKey()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var table = snapshot.DynamoDbTables.Single();
        Assert.Equal("CUSTOMER_MANAGED", table.SseType);
        Assert.True(table.PointInTimeRecoveryEnabled);
    }

    [Fact]
    public async Task Trail_BucketAndLogGroupKnownOnlyAfterApply_AreThePlannedOnes()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var trail = snapshot.Trails.Single();
        Assert.Equal("acme-prod-cloudtrail", trail.S3BucketName);
        Assert.Equal(snapshot.LogGroups.Single().Arn, trail.CloudWatchLogsLogGroupArn);
        Assert.True(trail.IsMultiRegion && trail.LogFileValidationEnabled && trail.IsLogging);
    }

    [Fact]
    public async Task LambdaPermissions_BecomeTheFunctionPolicy()
    {
        var snapshot = await PlanFixture.ImportAsync("data-stores.plan.json");
        var function = snapshot.LambdaFunctions.Single();
        using var policy = System.Text.Json.JsonDocument.Parse(function.Policy!);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        Assert.Equal(2, statements.Count);
        var events = statements.Single(s => s.GetProperty("Sid").GetString() == "AllowEventBridge");
        Assert.StartsWith("arn:aws:events:", events.GetProperty("Condition").GetProperty("ArnLike").GetProperty("AWS:SourceArn").GetString(), StringComparison.Ordinal);
        Assert.Equal("NONE", function.FunctionUrlAuthType);
        Assert.Equal(["QUEUE_URL"], function.EnvironmentVariableNames);
    }
}
