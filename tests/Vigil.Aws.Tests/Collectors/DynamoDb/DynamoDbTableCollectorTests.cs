using Vigil.Aws.Collectors.DynamoDb;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.DynamoDb;

public sealed class DynamoDbTableCollectorTests
{
    private const string Region = "eu-west-1";

    private const string OrdersTable = """
        {"Table":{"TableName":"orders","TableStatus":"ACTIVE","TableArn":"arn:aws:dynamodb:eu-west-1:123456789012:table/orders","CreationDateTime":1.7E9,
         "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
         "ProvisionedThroughput":{"NumberOfDecreasesToday":0,"ReadCapacityUnits":5,"WriteCapacityUnits":5},"TableSizeBytes":0,"ItemCount":0,
         "BillingModeSummary":{"BillingMode":"PROVISIONED"},
         "SSEDescription":{"Status":"ENABLED","SSEType":"KMS","KMSMasterKeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"},"DeletionProtectionEnabled":true,
         "Replicas":[{"RegionName":"eu-central-1","ReplicaStatus":"ACTIVE"},{"RegionName":"us-east-1","ReplicaStatus":"ACTIVE"}]}}
        """;

    private const string SessionsTable = """
        {"Table":{"TableName":"sessions","TableStatus":"ACTIVE","TableArn":"arn:aws:dynamodb:eu-west-1:123456789012:table/sessions","CreationDateTime":1.7E9,
         "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
         "ProvisionedThroughput":{"NumberOfDecreasesToday":0,"ReadCapacityUnits":0,"WriteCapacityUnits":0},"BillingModeSummary":{"BillingMode":"PAY_PER_REQUEST"},"DeletionProtectionEnabled":false}}
        """;

    [Fact]
    public async Task Collect_ReadsEachTable_AcrossListPages()
    {
        using var aws = new FakeAws();
        aws.On("dynamodb:ListTables", r => FakeReply.Json(r.Input("ExclusiveStartTableName") == "orders"
                ? """{"TableNames":["sessions"]}"""
                : """{"TableNames":["orders"],"LastEvaluatedTableName":"orders"}""", "1.0"))
            .On("dynamodb:DescribeTable", r => FakeReply.Json(r.Input("TableName") == "orders" ? OrdersTable : SessionsTable, "1.0"))
            .On("dynamodb:DescribeContinuousBackups", r => FakeReply.Json(r.Input("TableName") == "orders"
                ? """{"ContinuousBackupsDescription":{"ContinuousBackupsStatus":"ENABLED","PointInTimeRecoveryDescription":{"PointInTimeRecoveryStatus":"ENABLED","EarliestRestorableDateTime":1.7E9,"LatestRestorableDateTime":1.7E9}}}"""
                : """{"ContinuousBackupsDescription":{"ContinuousBackupsStatus":"ENABLED","PointInTimeRecoveryDescription":{"PointInTimeRecoveryStatus":"DISABLED"}}}""", "1.0"))
            .On("application-autoscaling:DescribeScalableTargets", _ => FakeReply.Json("""{"ScalableTargets":[{"ServiceNamespace":"dynamodb","ResourceId":"table/orders","ScalableDimension":"dynamodb:table:ReadCapacityUnits","MinCapacity":1,"MaxCapacity":10,"RoleARN":"arn:aws:iam::123456789012:role/scaling","CreationTime":1.7E9}]}"""))
            .On("kms:DescribeKey", _ => FakeReply.Json("""{"KeyMetadata":{"KeyId":"k1","KeyManager":"CUSTOMER","KeyState":"Enabled"}}"""))
            .On("dynamodb:ListTagsOfResource", r => FakeReply.Json(!r.Input("ResourceArn")!.EndsWith("/orders", StringComparison.Ordinal)
                ? """{"Tags":[]}"""
                : r.Input("NextToken") == "t2"
                    ? """{"Tags":[{"Key":"owner","Value":"commerce"}]}"""
                    : """{"Tags":[{"Key":"data-classification","Value":"confidential"}],"NextToken":"t2"}""", "1.0"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new DynamoDbTableCollector());

        Assert.Empty(snapshot.Errors);
        var orders = Assert.Single(snapshot.DynamoDbTables, t => t.Name == "orders");
        Assert.Equal(("arn:aws:dynamodb:eu-west-1:123456789012:table/orders", CollectorRun.AccountId, Region, "PROVISIONED", "ACTIVE"), (orders.Arn, orders.AccountId, orders.Region, orders.BillingMode, orders.TableStatus));
        Assert.True(orders.AutoScalingConfigured && orders.PointInTimeRecoveryEnabled && orders.DeletionProtectionEnabled);
        Assert.Equal(("CUSTOMER_MANAGED", "arn:aws:kms:eu-west-1:123456789012:key/k1"), (orders.SseType, orders.KmsKeyArn));
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "confidential", ["owner"] = "commerce" }, orders.Tags);
        Assert.Empty(orders.Unreadable);
        var sessions = Assert.Single(snapshot.DynamoDbTables, t => t.Name == "sessions");
        Assert.Equal(("PAY_PER_REQUEST", "AWS_OWNED", null), (sessions.BillingMode, sessions.SseType, sessions.KmsKeyArn));
        Assert.False(sessions.AutoScalingConfigured || sessions.PointInTimeRecoveryEnabled || sessions.DeletionProtectionEnabled);
        Assert.Empty(sessions.Tags);
        Assert.Equal(["eu-central-1", "us-east-1"], orders.ReplicaRegions);
        Assert.Empty(sessions.ReplicaRegions);
        Assert.Equal(2, aws.Calls("dynamodb:ListTables").Count());
        Assert.Single(aws.Calls("application-autoscaling:DescribeScalableTargets"), r => r.Input("ServiceNamespace") == "dynamodb");
    }

    [Fact]
    public async Task Collect_ListTablesDenied_RecordsTheErrorAndNoTables()
    {
        using var aws = new FakeAws();
        aws.On("dynamodb:ListTables", _ => FakeReply.AccessDenied("dynamodb"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new DynamoDbTableCollector());

        Assert.Empty(snapshot.DynamoDbTables);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("dynamodb", "ListTables", "AccessDeniedException", "AWS::DynamoDB::Table"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_DetailsDenied_KeepTheTable_WithThoseSettingsUnreadable_AndTheChecksErr()
    {
        using var aws = new FakeAws();
        aws.On("dynamodb:ListTables", _ => FakeReply.Json("""{"TableNames":["orders"]}""", "1.0"))
            .On("dynamodb:DescribeTable", _ => FakeReply.Json(OrdersTable, "1.0"))
            .On("dynamodb:DescribeContinuousBackups", _ => FakeReply.AccessDenied("dynamodb"))
            .On("application-autoscaling:DescribeScalableTargets", _ => FakeReply.AccessDenied("application-autoscaling"))
            .On("kms:DescribeKey", _ => FakeReply.Json("""{"KeyMetadata":{"KeyId":"k1","KeyManager":"AWS","KeyState":"Enabled"}}"""))
            .On("dynamodb:ListTagsOfResource", _ => FakeReply.AccessDenied("dynamodb"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new DynamoDbTableCollector());

        var table = Assert.Single(snapshot.DynamoDbTables);
        Assert.Equal("AWS_MANAGED", table.SseType);
        Assert.Equal(["AutoScalingConfigured", "PointInTimeRecoveryEnabled", "Tags"], table.Unreadable);
        Assert.Equal([("DescribeContinuousBackups", "PointInTimeRecoveryEnabled"), ("DescribeScalableTargets", "AutoScalingConfigured"), ("ListTagsOfResource", "Tags")],
            snapshot.Errors.Select(e => (e.Operation, e.Property!)).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal(table.Arn, e.ResourceArn));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "dynamodb-table-pitr-enabled", table.Arn).Status);
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "dynamodb-table-capacity-auto-scaled", table.Arn).Status);
        Assert.Equal(FindingStatus.Pass, CollectorRun.Check(snapshot, "dynamodb-table-deletion-protection-enabled", table.Arn).Status);
        var settings = CheckSettings.Default with { DataClassificationTagKeys = ["data-classification"] };
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "dynamodb-table-classification-tagged", table.Arn, settings).Status);
    }
}
