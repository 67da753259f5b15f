using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.DynamoDb;

namespace Vigil.Aws.Collectors.DynamoDb;

/// <summary>The region's DynamoDB tables: settings, point-in-time recovery, auto scaling of provisioned capacity, and
/// who manages the KMS key that encrypts them.</summary>
internal sealed class DynamoDbTableCollector : IResourceCollector
{
    public string Service => "dynamodb";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
        ["application-autoscaling:DescribeScalableTargets", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTable", "dynamodb:ListTables", "dynamodb:ListTagsOfResource", "kms:DescribeKey"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var names = new List<string>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("dynamodb", "ListTables", null, target.Region, cancellationToken).ConfigureAwait(false))
                names.AddRange(page.Strings("TableNames"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.DynamoDbTable);
            return;
        }
        if (names.Count == 0) return;

        var (scaled, scalingFailure) = await ScaledTablesAsync(target, cancellationToken).ConfigureAwait(false);
        var tables = await Task.WhenAll(names.Select(name => ReadAsync(target, sink, name, scaled, scalingFailure, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(tables);
    }

    /// <summary>The names of tables with a scalable target registered, or the failure that kept them from being listed.</summary>
    private static async Task<(HashSet<string>? Tables, AwsServiceException? Failure)> ScaledTablesAsync(CollectionTarget target, CancellationToken ct)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var page in target.Client.PaginateAsync("application-autoscaling", "DescribeScalableTargets",
                new JsonObject { ["ServiceNamespace"] = "dynamodb" }, target.Region, ct).ConfigureAwait(false))
            {
                foreach (var scalable in page.Items("ScalableTargets"))
                {
                    if (scalable.String("ResourceId")?.Split('/') is ["table", var table, ..]) tables.Add(table);
                }
            }
        }
        catch (AwsServiceException e)
        {
            return (null, e);
        }
        return (tables, null);
    }

    private static async Task<DynamoDbTable> ReadAsync(CollectionTarget target, CollectionSink sink, string name, HashSet<string>? scaled, AwsServiceException? scalingFailure, CancellationToken ct)
    {
        var arn = $"arn:{target.Partition}:dynamodb:{target.Region}:{target.AccountId}:table/{name}";
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.DynamoDbTable, arn);
        var described = reads.ReadAsync(
            [nameof(DynamoDbTable.BillingMode), nameof(DynamoDbTable.DeletionProtectionEnabled), nameof(DynamoDbTable.SseType), nameof(DynamoDbTable.KmsKeyArn),
             nameof(DynamoDbTable.TableStatus), nameof(DynamoDbTable.ReplicaRegions)],
            async () => (JsonNode?)(await target.Client.CallAsync("dynamodb", "DescribeTable", new JsonObject { ["TableName"] = name }, target.Region, ct).ConfigureAwait(false))["Table"],
            null);
        var recovery = reads.ReadAsync(nameof(DynamoDbTable.PointInTimeRecoveryEnabled), async () =>
            (await target.Client.CallAsync("dynamodb", "DescribeContinuousBackups", new JsonObject { ["TableName"] = name }, target.Region, ct).ConfigureAwait(false))
                ["ContinuousBackupsDescription"]?["PointInTimeRecoveryDescription"].String("PointInTimeRecoveryStatus") == "ENABLED",
            false);
        var tags = reads.ReadAsync<Dictionary<string, string>>(nameof(DynamoDbTable.Tags), () => TagsAsync(target, arn, ct), NoTags);
        var table = await described.ConfigureAwait(false);
        var keyArn = table?["SSEDescription"].String("KMSMasterKeyArn");
        var sseType = table is null ? null : await SseTypeAsync(target, reads, table, keyArn, ct).ConfigureAwait(false);
        // Tables created before on-demand capacity existed report no billing mode summary: they are provisioned.
        var billingMode = table is null ? null : table["BillingModeSummary"].String("BillingMode") ?? "PROVISIONED";
        if (scalingFailure is not null && billingMode != "PAY_PER_REQUEST") reads.MarkUnreadable(nameof(DynamoDbTable.AutoScalingConfigured), scalingFailure);

        return new DynamoDbTable
        {
            Arn = table.String("TableArn") ?? arn,
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            // Without DescribeTable's answer these stay at the record's defaults and are named in Unreadable.
            BillingMode = billingMode!,
            AutoScalingConfigured = scaled?.Contains(name) ?? false,
            PointInTimeRecoveryEnabled = await recovery.ConfigureAwait(false),
            DeletionProtectionEnabled = table.Bool("DeletionProtectionEnabled") ?? false,
            SseType = sseType!,
            KmsKeyArn = keyArn,
            TableStatus = table.String("TableStatus")!,
            ReplicaRegions = [.. table.Items("Replicas").Select(r => r.String("RegionName")).OfType<string>().Where(r => r != target.Region)],
            Tags = await tags.ConfigureAwait(false),
            Unreadable = reads.Unreadable,
        };
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    private static async Task<Dictionary<string, string>> TagsAsync(CollectionTarget target, string arn, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var page in target.Client.PaginateAsync("dynamodb", "ListTagsOfResource", new JsonObject { ["ResourceArn"] = arn }, target.Region, ct).ConfigureAwait(false))
        {
            foreach (var tag in page.Items("Tags"))
            {
                if (tag.String("Key") is { } key) tags[key] = tag.String("Value") ?? "";
            }
        }
        return tags;
    }

    /// <summary>AWS_OWNED without an SSE description; with a KMS key, AWS_MANAGED or CUSTOMER_MANAGED as KMS says of the key.</summary>
    private static async Task<string?> SseTypeAsync(CollectionTarget target, DetailReads reads, JsonNode table, string? keyArn, CancellationToken ct)
    {
        var description = table["SSEDescription"];
        if (description is null || description.String("Status") is "DISABLED" or "DISABLING") return "AWS_OWNED";
        if (keyArn is null) return description.String("SSEType") == "KMS" ? "AWS_MANAGED" : "AWS_OWNED";
        var manager = await reads.ReadAsync(nameof(DynamoDbTable.SseType), async () =>
            (await target.Client.CallAsync("kms", "DescribeKey", new JsonObject { ["KeyId"] = keyArn }, target.Region, ct).ConfigureAwait(false))["KeyMetadata"].String("KeyManager"),
            null).ConfigureAwait(false);
        return manager switch { "AWS" => "AWS_MANAGED", "CUSTOMER" => "CUSTOMER_MANAGED", _ => null };
    }
}
