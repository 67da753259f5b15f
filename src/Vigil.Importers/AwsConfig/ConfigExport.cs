using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig;

/// <summary>The configuration items of an AWS Config export: a configuration snapshot as delivered to S3
/// ({fileVersion, configurationItems}), the output of get-resource-config-history or
/// batch-get-resource-config (configurationItems / baseConfigurationItems), or the output of select-resource-config
/// and select-aggregate-resource-config ({Results: ["item as JSON text", ...]}), one page or several written one
/// after another. Deleted and no-longer-recorded resources are left out; of several items for one resource the
/// latest is kept. <see cref="NextToken"/> is set when the last page says more results follow.</summary>
internal sealed record ConfigExport(IReadOnlyList<ConfigItem> Items, string? NextToken)
{
    private static readonly string[] Gone = ["ResourceDeleted", "ResourceDeletedNotRecorded", "ResourceNotRecorded"];

    public static ConfigExport Read(IReadOnlyList<JsonNode> values, string path)
    {
        var items = new List<ConfigItem>();
        string? nextToken = null;
        for (var i = 0; i < values.Count; i++)
        {
            var page = values[i];
            var where = values.Count == 1 ? "the file" : $"value {i + 1}";
            if (page is JsonObject && page.Has("Results"))
            {
                var results = page.Items("Results").ToList();
                for (var r = 0; r < results.Count; r++)
                {
                    var item = results[r] is JsonValue text && text.GetValueKind() == JsonValueKind.String
                        ? JsonValues.ParseEmbedded(text.GetValue<string>(), path, $"result {r + 1} of {where}")
                        : results[r];
                    Add(items, item, path, $"result {r + 1} of {where}");
                }
                nextToken = page.Text("NextToken");
            }
            else if (page is JsonObject && (page.Has("configurationItems") || page.Has("baseConfigurationItems")))
            {
                var list = page.Items("configurationItems").Concat(page.Items("baseConfigurationItems")).ToList();
                for (var c = 0; c < list.Count; c++) Add(items, list[c], path, $"configuration item {c + 1} of {where}");
                nextToken = page.Text("nextToken");
            }
            else
            {
                throw new VigilInputException(
                    $"{path}: {where} is not an AWS Config export: it has neither configurationItems (a configuration snapshot) nor Results (select-resource-config output).");
            }
        }
        var latest = items
            .GroupBy(i => (i.AccountId, i.Region, i.ResourceType, i.ResourceId))
            .Select(g => g.OrderByDescending(i => i.CaptureTime ?? DateTimeOffset.MinValue).First())
            .ToList();
        return new ConfigExport(latest, nextToken);
    }

    private static void Add(List<ConfigItem> items, JsonNode node, string path, string what)
    {
        if (node is not JsonObject item) throw new VigilInputException($"{path}: {what} is not a JSON object.");
        if (Gone.Contains(item.Text("configurationItemStatus"), StringComparer.Ordinal)) return;
        var type = item.Text("resourceType") ?? throw Missing(path, what, "resourceType", item);
        var id = item.Text("resourceId") ?? throw Missing(path, what, "resourceId", item);
        var account = item.Text("awsAccountId") ?? item.Text("accountId") ?? throw Missing(path, what, "awsAccountId (or accountId)", item);
        var configuration = item["configuration"] switch
        {
            JsonObject o => o,
            JsonValue v when v.GetValueKind() == JsonValueKind.String =>
                JsonValues.ParseEmbedded(v.GetValue<string>(), path, $"the configuration of {what} ({type} {id})") as JsonObject,
            _ => null,
        } ?? throw new VigilInputException(
            $"{path}: {what} ({type} {id}) has no configuration; an advanced query must select it (SELECT * or SELECT configuration, supplementaryConfiguration, tags, ...).");
        var region = item.Text("awsRegion");
        items.Add(new ConfigItem
        {
            ResourceType = type,
            ResourceId = id,
            ResourceName = item.Text("resourceName"),
            Arn = item.Text("ARN"),
            AccountId = account,
            Region = region is null or "global" ? null : region,
            AvailabilityZone = item.Text("availabilityZone"),
            CaptureTime = item.Time("configurationItemCaptureTime"),
            Tags = item.Tags("tags"),
            Configuration = configuration,
            Supplementary = item.Object("supplementaryConfiguration") ?? [],
            Relationships = [.. item.Items("relationships")],
        });
    }

    private static VigilInputException Missing(string path, string what, string member, JsonObject item)
    {
        var text = item.ToJsonString();
        return new VigilInputException($"{path}: {what} has no {member}: {(text.Length <= 120 ? text : text[..117] + "...")}");
    }
}
