using System.Runtime.CompilerServices;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>Lists derived from a catalog once per catalog, not once per policy.</summary>
internal static class CatalogLists
{
    private static readonly ConditionalWeakTable<ActionCatalog, PermissionsManagementActions> PermissionsManagementLists = [];

    /// <summary>Every action whose access level is Permissions management.</summary>
    public static PermissionsManagementActions PermissionsManagement(ActionCatalog catalog) =>
        PermissionsManagementLists.GetValue(catalog, static c => new PermissionsManagementActions(c));
}
