using Vigil.Core.Model;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig;

/// <summary>What the mappers of one AWS Config export share: the export's items (for resources that configure
/// another, such as listeners or route tables), the snapshot being built and its errors.</summary>
internal sealed class ConfigImport(ConfigExport export, string path)
{
    private readonly ILookup<string, ConfigItem> _byType = export.Items.ToLookup(i => i.ResourceType, StringComparer.Ordinal);

    public string Path { get; } = path;
    public SnapshotBuilder Builder { get; } = new();
    public List<CollectionError> Errors { get; } = [];

    public IEnumerable<ConfigItem> OfType(string resourceType) => _byType[resourceType];

    /// <summary>True when the export holds items of <paramref name="resourceType"/> in the account, so their absence
    /// for one resource means there are none rather than that the type was not recorded.</summary>
    public bool Records(string resourceType, string accountId, string? region) =>
        _byType[resourceType].Any(i => i.AccountId == accountId && (region is null || i.Region == region));

    public void Add<T>(T resource) where T : Resource => Builder.Add(resource);

    /// <summary>The resource with the named properties recorded as not in the export.</summary>
    public T Missing<T>(T resource, IEnumerable<(string Property, string Service, string Operation, string Reason)> missing) where T : Resource =>
        NotInExport.Mark(resource, missing, Path, Errors);
}
