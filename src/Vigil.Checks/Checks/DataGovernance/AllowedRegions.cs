namespace Vigil.Checks.Checks.DataGovernance;

/// <summary>Questions about the allowedRegions setting. The list is a handful of region codes, so a scan of it costs
/// less per resource than any lookup structure would.</summary>
internal static class AllowedRegions
{
    public static bool Contains(IReadOnlyList<string> allowed, string region)
    {
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], region, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static string Text(IReadOnlyList<string> allowed) => string.Join(", ", allowed);
}
