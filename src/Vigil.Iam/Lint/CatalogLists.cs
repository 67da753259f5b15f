using System.Runtime.CompilerServices;
using Vigil.Iam.Catalog;
using Vigil.Iam.Evaluation;

namespace Vigil.Iam.Lint;

/// <summary>Lists derived from a catalog once per catalog, not once per policy.</summary>
internal static class CatalogLists
{
    /// <summary>Names come from policy text: the memos stop growing here rather than hold every name a hostile input invents.</summary>
    private const int MemoSize = 100_000;

    private static readonly ConditionalWeakTable<ActionCatalog, PermissionsManagementActions> PermissionsManagementLists = [];

    private static readonly ConditionalWeakTable<ActionCatalog, BoundedCache<IReadOnlyList<IamAction>>> ExpansionMemos = [];
    private static readonly ConditionalWeakTable<ActionCatalog, BoundedCache<string[]>> FormatMemos = [];
    private static readonly ConditionalWeakTable<ActionCatalog, BoundedCache<KeyInfo>> KeyMemos = [];

    /// <summary>The catalog actions an action pattern matches (names ignore case).</summary>
    public static IReadOnlyList<IamAction> Expand(ActionCatalog catalog, string pattern) =>
        ExpansionMemos.GetValue(catalog, static _ => new BoundedCache<IReadOnlyList<IamAction>>(MemoSize, StringComparer.OrdinalIgnoreCase)).Get(pattern, catalog.Expand);

    /// <summary>The distinct ARN formats, as wildcard patterns, of the resource types of the actions a pattern matches.</summary>
    public static string[] ArnPatterns(ActionCatalog catalog, string pattern) =>
        FormatMemos.GetValue(catalog, static _ => new BoundedCache<string[]>(MemoSize, StringComparer.OrdinalIgnoreCase))
            .Get(pattern, p => [.. Expand(catalog, p).SelectMany(a => a.ResourceTypes).Select(t => t.ArnFormat).Distinct(StringComparer.Ordinal).Select(TemplatePatterns.Of)]);

    /// <summary>What a condition key as written is: global, a service's, a federation claim, or unknown.</summary>
    public static KeyInfo Resolve(ActionCatalog catalog, string key) =>
        KeyMemos.GetValue(catalog, static _ => new BoundedCache<KeyInfo>(MemoSize)).Get(key, k => ConditionKeys.Resolve(k, catalog));

    /// <summary>Every action whose access level is Permissions management.</summary>
    public static PermissionsManagementActions PermissionsManagement(ActionCatalog catalog) =>
        PermissionsManagementLists.GetValue(catalog, static c => new PermissionsManagementActions(c));
}
