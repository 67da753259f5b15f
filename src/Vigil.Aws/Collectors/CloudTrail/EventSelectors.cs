using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.S3;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Aws.Collectors.CloudTrail;

/// <summary>GetEventSelectors' basic or advanced selectors, reduced to what each records.</summary>
internal static class EventSelectors
{
    public static IReadOnlyList<EventSelector> From(JsonObject output, string partition) =>
    [
        .. output.Items("EventSelectors").Select(Basic),
        .. output.Items("AdvancedEventSelectors").Select(s => Advanced(s, partition)).OfType<EventSelector>(),
    ];

    private static EventSelector Basic(JsonNode selector) => new()
    {
        ReadWriteType = selector.String("ReadWriteType")!,
        IncludeManagementEvents = selector.Bool("IncludeManagementEvents") ?? true,
        ExcludeManagementEventSources = [.. selector.Strings("ExcludeManagementEventSources")],
        DataResources = [.. selector.Items("DataResources").Select(d => new DataResource(d.String("Type") ?? "", [.. d.Strings("Values")]))],
    };

    /// <summary>An advanced selector as the basic selector that records the same events: eventCategory picks
    /// management or data events, readOnly the read/write type, eventSource NotEquals the excluded sources,
    /// resources.type and resources.ARN the data resources (no ARN condition: every resource of the type).
    /// Null for selectors of other categories (Insights, network activity), which record neither.</summary>
    private static EventSelector? Advanced(JsonNode selector, string partition)
    {
        var fields = selector.Items("FieldSelectors").ToDictionary(f => f.String("Field") ?? "", f => f, StringComparer.Ordinal);
        var category = fields.TryGetValue("eventCategory", out var c) ? c.Strings("Equals").FirstOrDefault() : null;
        var readWrite = fields.TryGetValue("readOnly", out var r)
            ? r.Strings("Equals").FirstOrDefault() switch { "true" => "ReadOnly", "false" => "WriteOnly", _ => "All" }
            : "All";
        if (category == "Management")
        {
            return new EventSelector
            {
                ReadWriteType = readWrite,
                IncludeManagementEvents = true,
                ExcludeManagementEventSources = fields.TryGetValue("eventSource", out var source) ? [.. source.Strings("NotEquals")] : [],
            };
        }
        if (category != "Data" || !fields.TryGetValue("resources.type", out var type)) return null;
        var resourceType = type.Strings("Equals").FirstOrDefault();
        if (resourceType is null) return null;
        IReadOnlyList<string> values = fields.TryGetValue("resources.ARN", out var arn)
            ? [.. arn.Strings("StartsWith"), .. arn.Strings("Equals")]
            : [$"arn:{partition}:{ServiceOf(resourceType)}"];
        return new EventSelector { ReadWriteType = readWrite, IncludeManagementEvents = false, DataResources = [new DataResource(resourceType, values)] };
    }

    /// <summary>The ARN service of a resource type: AWS::S3::Object → s3, AWS::Lambda::Function → lambda.</summary>
    private static string ServiceOf(string resourceType) =>
        resourceType.Split("::") is [_, var service, ..] ? service.ToLowerInvariant() : resourceType;
}
