using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>A catalog's Permissions management actions, in catalog order, indexed by service so that a statement naming
/// a few services is tested against their actions only.</summary>
internal sealed class PermissionsManagementActions
{
    private readonly string[] _names;
    private readonly string[] _lowerNames;
    private readonly Dictionary<string, int[]> _byService;

    public PermissionsManagementActions(ActionCatalog catalog)
    {
        var actions = catalog.Services.SelectMany(s => s.Actions).Where(a => a.AccessLevel == AccessLevel.PermissionsManagement).ToArray();
        _names = [.. actions.Select(a => a.FullName)];
        _lowerNames = [.. _names.Select(n => n.ToLowerInvariant())];
        _byService = Enumerable.Range(0, actions.Length)
            .GroupBy(i => actions[i].ServicePrefix, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The actions some of <paramref name="statements"/> covers, in catalog order.</summary>
    public List<string> CoveredBy(IReadOnlyList<LintStatement> statements)
    {
        var covered = new List<string>();
        if (statements.Count == 0) return covered;
        foreach (var index in Candidates(statements))
        {
            foreach (var statement in statements)
            {
                if (!statement.CoversLowerCaseAction(_lowerNames[index])) continue;
                covered.Add(_names[index]);
                break;
            }
        }

        return covered;
    }

    /// <summary>Every action, unless each statement names actions of given services only: then those services' actions.</summary>
    private IEnumerable<int> Candidates(IReadOnlyList<LintStatement> statements)
    {
        var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in statements)
        {
            if (statement.Compiled.NotAction) return Enumerable.Range(0, _names.Length);
            foreach (var pattern in statement.Compiled.ActionValues)
            {
                var colon = pattern.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 ? Wildcards.HasWildcard(pattern) : Wildcards.HasWildcard(pattern[..colon])) return Enumerable.Range(0, _names.Length);
                if (colon >= 0) services.Add(pattern[..colon]);
            }
        }

        var indexes = new List<int>();
        foreach (var service in services)
        {
            if (_byService.TryGetValue(service, out var found)) indexes.AddRange(found);
        }

        indexes.Sort();
        return indexes;
    }
}
