namespace Vigil.Access.Privesc;

/// <summary>The names and regions an attacker gives resources it creates: "vigil-privesc" in the analysis region, and the
/// names and regions the actor's own Resource patterns point at (a policy limited to functions named "ci-*" is used with a
/// function named "ci-x"), so that a resource-constrained grant the attacker can still use is found.</summary>
internal static class ResourceNames
{
    public const string Default = "vigil-privesc";
    private const int MaxNames = 4;

    public static IReadOnlyList<(string Region, string Name)> For(Actor actor, string region)
    {
        var names = new List<string> { Default };
        var regions = new List<string> { region };
        foreach (var pattern in actor.NamedResources)
        {
            var parts = pattern.Split(':');
            if (parts.Length < 6) continue;
            if (parts[3].Length > 0 && !parts[3].Contains('*', StringComparison.Ordinal) && !parts[3].Contains('?', StringComparison.Ordinal)
                && !parts[3].Contains('$', StringComparison.Ordinal) && !regions.Contains(parts[3]) && regions.Count < 2)
                regions.Add(parts[3]);
            var resource = string.Join(':', parts.Skip(5));
            var last = resource[(resource.LastIndexOfAny(['/', ':']) + 1)..];
            if (last.Length == 0 || last == "*" || last.Contains('$', StringComparison.Ordinal)) continue;
            var name = last.Replace('*', 'x').Replace('?', 'x');
            if (!names.Contains(name) && names.Count < MaxNames) names.Add(name);
        }
        return [.. regions.SelectMany(r => names.Select(n => (r, n)))];
    }

    public static string Fill(string template, string region, string account, string name) =>
        template.Replace("{region}", region, StringComparison.Ordinal)
            .Replace("{account}", account, StringComparison.Ordinal)
            .Replace("{name}", name, StringComparison.Ordinal);
}
