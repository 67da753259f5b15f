using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig;

/// <summary>One AWS Config configuration item, from a delivered configuration snapshot (configurationItems) or an
/// advanced query result: the resource's identity, its <see cref="Configuration"/> (the service's describe output)
/// and <see cref="Supplementary"/> configuration (further reads such as a bucket's policy).</summary>
internal sealed record ConfigItem
{
    public required string ResourceType { get; init; }
    public required string ResourceId { get; init; }
    public string? ResourceName { get; init; }
    public string? Arn { get; init; }
    public required string AccountId { get; init; }
    /// <summary>Null for global resources (AWS Config writes "global" for IAM).</summary>
    public string? Region { get; init; }
    public string? AvailabilityZone { get; init; }
    public DateTimeOffset? CaptureTime { get; init; }
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
    public required JsonObject Configuration { get; init; }
    public JsonObject Supplementary { get; init; } = [];
    public IReadOnlyList<JsonNode> Relationships { get; init; } = [];

    /// <summary>The name Vigil shows: the resource name when AWS Config has one, else its id.</summary>
    public string Name => string.IsNullOrEmpty(ResourceName) ? ResourceId : ResourceName;

    public bool HasSupplement(string name) => Supplementary.Has(name);

    /// <summary>A supplementary configuration value; AWS Config writes some as JSON text inside a string.</summary>
    public JsonNode? Supplement(string name)
    {
        if (!Supplementary.TryGetPropertyValue(name, out var value) || value is null) return null;
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var s = text.GetValue<string>();
            var trimmed = s.TrimStart();
            if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
            {
                try
                {
                    return JsonNode.Parse(s, new JsonNodeOptions { PropertyNameCaseInsensitive = true });
                }
                catch (JsonException)
                {
                    return value;
                }
            }
        }
        return value;
    }

    /// <summary>The ids of the resources this item names in a relationship of <paramref name="resourceType"/>.</summary>
    public IReadOnlyList<string> Related(string resourceType) =>
    [
        .. Relationships.Where(r => r.Text("resourceType") == resourceType).Select(r => r.Text("resourceId")).OfType<string>().Distinct(StringComparer.Ordinal),
    ];
}
