using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>What a check needs collected, read from it once per scan rather than once per resource.</summary>
internal sealed class CheckDataNeeds
{
    public CheckDataNeeds(ICheck check, CollectionErrorIndex errors)
    {
        Reads = check.Reads is { } reads ? new HashSet<string>(reads, StringComparer.OrdinalIgnoreCase) : null;
        ListedTypeNames = check.DependsOn
            .Where(type => type != check.ResourceType || type == typeof(Model.Account.Account) || type == typeof(Model.Account.AccountRegion))
            .Select(SnapshotResources.TypeName)
            .Where(errors.HasListingErrors)
            .ToArray();
    }

    /// <summary>The record properties the check reads; null means any.</summary>
    public HashSet<string>? Reads { get; }

    /// <summary>Resource types whose listing errors in the resource's account turn the verdict into error (those that
    /// could not be listed somewhere).</summary>
    public string[] ListedTypeNames { get; }
}
