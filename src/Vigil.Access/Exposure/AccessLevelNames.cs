using Vigil.Iam.Catalog;

namespace Vigil.Access.Exposure;

/// <summary>Access levels as the Service Authorization Reference names them, in their order of gravity.</summary>
public static class AccessLevelNames
{
    public static string Of(AccessLevel level) => level switch
    {
        AccessLevel.List => "List",
        AccessLevel.Read => "Read",
        AccessLevel.Write => "Write",
        AccessLevel.PermissionsManagement => "Permissions management",
        _ => "Tagging",
    };

    /// <summary>Groups action names by the catalog's access level (List, Read, Write, Permissions management, Tagging);
    /// an action the catalog does not know is grouped as "Unknown".</summary>
    public static IReadOnlyList<ExposureActions> Group(IEnumerable<string> actions)
    {
        var catalog = ActionCatalog.BuiltIn;
        return [.. actions.Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(a => catalog.AccessLevelOf(a))
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key.Value)
            .Select(g => new ExposureActions(g.Key is { } level ? Of(level) : "Unknown", [.. g.Order(StringComparer.Ordinal)]))];
    }
}
