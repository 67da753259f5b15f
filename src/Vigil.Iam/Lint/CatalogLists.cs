using System.Runtime.CompilerServices;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>Lists derived from a catalog once per catalog, not once per policy.</summary>
internal static class CatalogLists
{
    private static readonly ConditionalWeakTable<ActionCatalog, string[]> PermissionsManagementActions = [];

    /// <summary>Every action whose access level is Permissions management.</summary>
    public static string[] PermissionsManagement(ActionCatalog catalog) =>
        PermissionsManagementActions.GetValue(catalog, static c =>
            [.. c.Services.SelectMany(s => s.Actions).Where(a => a.AccessLevel == AccessLevel.PermissionsManagement).Select(a => a.FullName)]);
}
