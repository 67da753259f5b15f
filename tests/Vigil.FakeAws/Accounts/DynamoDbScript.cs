using System.Text.Json.Nodes;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Kms;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>DynamoDB per region: ListTables, per table DescribeTable and DescribeContinuousBackups, the
/// auto-scaled tables in Application Auto Scaling, and DescribeKey for customer keys the snapshot does not hold.</summary>
internal static class DynamoDbScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var knownKeys = scope.Of<KmsKey>().SelectMany(k => new[] { k.Arn, k.KeyId }).ToHashSet(StringComparer.Ordinal);
        foreach (var region in scope.Regions)
        {
            var tables = scope.In<DynamoDbTable>(region).ToList();
            script.Answer("dynamodb", "ListTables", new JsonObject { ["TableNames"] = Trees.Strings(tables.Select(t => t.Name)) }, region);
            script.Answer("application-autoscaling", "DescribeScalableTargets", new JsonObject
            {
                ["ScalableTargets"] = Trees.Array(tables.Where(t => t.AutoScalingConfigured).Select(t => new JsonObject
                {
                    ["ServiceNamespace"] = "dynamodb", ["ResourceId"] = $"table/{t.Name}", ["ScalableDimension"] = "dynamodb:table:ReadCapacityUnits",
                    ["MinCapacity"] = 5, ["MaxCapacity"] = 100, ["RoleARN"] = $"arn:aws:iam::{scope.AccountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable",
                    ["CreationTime"] = "2024-01-01T00:00:00Z",
                })),
            }, region);
            foreach (var table in tables)
            {
                var when = new JsonObject { ["TableName"] = table.Name };
                script.Answer("dynamodb", "DescribeTable", new JsonObject { ["Table"] = Table(table) }, region, when);
                script.Answer("dynamodb", "DescribeContinuousBackups", new JsonObject
                {
                    ["ContinuousBackupsDescription"] = new JsonObject
                    {
                        ["ContinuousBackupsStatus"] = "ENABLED",
                        ["PointInTimeRecoveryDescription"] = new JsonObject { ["PointInTimeRecoveryStatus"] = table.PointInTimeRecoveryEnabled ? "ENABLED" : "DISABLED" },
                    },
                }, region, when.DeepClone().AsObject());
                if (table is { SseType: "CUSTOMER_MANAGED", KmsKeyArn: { } keyArn } && !knownKeys.Contains(keyArn))
                {
                    script.Answer("kms", "DescribeKey", new JsonObject
                    {
                        ["KeyMetadata"] = new JsonObject { ["KeyId"] = keyArn.Split('/')[^1], ["Arn"] = keyArn, ["KeyManager"] = "CUSTOMER", ["KeyState"] = "Enabled" },
                    }, region, new JsonObject { ["KeyId"] = keyArn });
                }
            }
        }
    }

    private static JsonObject Table(DynamoDbTable table) => Trees.Object(
        ("TableName", table.Name), ("TableArn", table.Arn), ("TableStatus", table.TableStatus),
        ("BillingModeSummary", new JsonObject { ["BillingMode"] = table.BillingMode }),
        ("DeletionProtectionEnabled", table.DeletionProtectionEnabled),
        ("SSEDescription", table.SseType switch
        {
            "AWS_MANAGED" => new JsonObject { ["Status"] = "ENABLED", ["SSEType"] = "KMS" },
            "CUSTOMER_MANAGED" => Trees.Object(("Status", "ENABLED"), ("SSEType", "KMS"), ("KMSMasterKeyArn", table.KmsKeyArn)),
            _ => null,
        }));
}
