using Vigil.Core.Model;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig;

/// <summary>Reads an AWS Config export (a delivered configuration snapshot, gzip or plain, or advanced query
/// results) into the records the live collectors produce, for the resource types <see cref="ConfigItemMappers"/>
/// lists; items of other types are left out.</summary>
public sealed class AwsConfigImporter : IImporter
{
    public const string InputKind = "aws-config";

    public string Kind => InputKind;

    public Task<Snapshot> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken)
    {
        var export = ConfigExport.Read(JsonValues.ParseAll(InputFile.ReadAll(path), path), path);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Import(export, path));
    }

    internal static Snapshot Import(ConfigExport export, string path)
    {
        var import = new ConfigImport(export, path);
        foreach (var item in export.Items)
        {
            if (ConfigItemMappers.For(item.ResourceType) is { } mapper) mapper.Map(item, import);
        }
        if (export.NextToken is not null) import.Errors.AddRange(Truncation(export, path));
        import.Errors.AddRange(UnreadDependencies(export, path));
        foreach (var region in export.Items.Select(i => i.Region).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            import.Builder.Region(region);
        foreach (var error in import.Errors) import.Builder.Error(error);
        import.Builder.CollectedAt = export.Items.Select(i => i.CaptureTime).Max();
        return import.Builder.Build();
    }

    /// <summary>Types that checks of the mapped resources consult (is the volume in a backup plan, is the instance
    /// managed by Systems Manager) but that the export does not settle: Systems Manager's managed instances are not
    /// read from AWS Config, and backup plans only count when the account's plans and selections were both recorded
    /// (otherwise an absent plan may be an unrecorded one). Without these errors the checks would fail every resource
    /// for want of the other records.</summary>
    private static IEnumerable<CollectionError> UnreadDependencies(ConfigExport export, string path)
    {
        foreach (var account in export.Items.Select(i => i.AccountId).Distinct(StringComparer.Ordinal))
        {
            yield return Unread(account, ResourceTypes.SsmManagedInstance, $"Vigil does not read {ResourceTypes.SsmManagedInstance} from AWS Config exports such as {path}");
            var recorded = export.Items.Where(i => i.AccountId == account).Select(i => i.ResourceType).ToHashSet(StringComparer.Ordinal);
            if (!recorded.Contains(ResourceTypes.BackupPlan) || !recorded.Contains(Mappers.BackupPlanItems.SelectionType))
            {
                yield return Unread(account, ResourceTypes.BackupPlan,
                    $"the export {path} holds no {ResourceTypes.BackupPlan} and {Mappers.BackupPlanItems.SelectionType} items for the account, so its backup plans are unknown");
            }
        }
    }

    private static CollectionError Unread(string account, string type, string message) => new()
    {
        AccountId = account,
        Service = "config",
        Operation = "export",
        ErrorCode = NotInExport.Code,
        Message = message,
        ResourceType = type,
    };

    /// <summary>A query answer cut short: every type Vigil maps may have more resources in each account seen.</summary>
    private static IEnumerable<CollectionError> Truncation(ConfigExport export, string path) =>
        from account in export.Items.Select(i => i.AccountId).Distinct(StringComparer.Ordinal)
        from type in ConfigItemMappers.SnapshotTypes
        select new CollectionError
        {
            AccountId = account,
            Service = "config",
            Operation = "SelectResourceConfig",
            ErrorCode = "ExportTruncated",
            Message = $"the export {path} ends with a NextToken, so later results are missing",
            ResourceType = type,
        };
}
