using Vigil.Core.Model;
using Vigil.Core.Model.DynamoDb;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::DynamoDB::Table: DescribeTable's table, with point-in-time recovery as the supplementary
/// ContinuousBackupsDescription. Auto scaling is not in the item.</summary>
internal sealed class DynamoDbTableItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.DynamoDbTable;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var name = c.Text("tableName") ?? item.Name;
        var sse = c.Object("sSEDescription");
        var keyArn = sse.Text("kMSMasterKeyArn");
        var backups = item.Supplement("ContinuousBackupsDescription");
        var table = new DynamoDbTable
        {
            Arn = c.Text("tableArn") ?? ConfigNames.Arn(item, "dynamodb", $"table/{name}"),
            Name = name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            BillingMode = c.Object("billingModeSummary").Text("billingMode") ?? "PROVISIONED",
            PointInTimeRecoveryEnabled = backups.Object("pointInTimeRecoveryDescription").Text("pointInTimeRecoveryStatus") == "ENABLED",
            DeletionProtectionEnabled = c.Flag("deletionProtectionEnabled") == true,
            SseType = SseType(sse, keyArn) ?? "AWS_OWNED",
            KmsKeyArn = keyArn,
            TableStatus = c.Text("tableStatus") ?? "ACTIVE",
            ReplicaRegions = [.. c.Items("replicas").Select(r => r.Text("regionName")).OfType<string>().Where(r => r != item.Region)],
        };
        var missing = new MissingProperties("dynamodb", ResourceType)
            .AddIf(backups is null, nameof(DynamoDbTable.PointInTimeRecoveryEnabled), "DescribeContinuousBackups")
            .AddIf(!c.Has("deletionProtectionEnabled"), nameof(DynamoDbTable.DeletionProtectionEnabled), "DescribeTable")
            .AddIf(SseType(sse, keyArn) is null, nameof(DynamoDbTable.SseType), "DescribeKey",
                "the table's KMS key is not in the export, so whether it is AWS or customer managed is unknown")
            .AddIf(table.BillingMode == "PROVISIONED", nameof(DynamoDbTable.AutoScalingConfigured), "DescribeScalableTargets",
                "application auto scaling is not part of AWS Config's table item");
        import.Add(import.Missing(table, missing.List));
    }

    /// <summary>As the live collector: AWS_OWNED without SSE, AWS_MANAGED for KMS without a named key; with a named key,
    /// AWS_MANAGED or CUSTOMER_MANAGED as the key's manager says, which the table item does not hold: null.</summary>
    private static string? SseType(System.Text.Json.Nodes.JsonObject? sse, string? keyArn)
    {
        if (sse is null || sse.Text("status") is "DISABLED" or "DISABLING") return "AWS_OWNED";
        if (keyArn is null) return sse.Text("sSEType") == "KMS" ? "AWS_MANAGED" : "AWS_OWNED";
        return null;
    }
}
