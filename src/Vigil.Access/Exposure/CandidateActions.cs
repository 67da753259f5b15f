using System.Collections.Concurrent;
using Vigil.Iam.Catalog;

namespace Vigil.Access.Exposure;

/// <summary>The catalog actions worth asking the engine about for a statement and a target: those its Action element
/// names (wildcards expanded by the catalog; every action of the service for NotAction) that belong to the target's
/// service and act on one of its resource types. Worked out once per target and action list.</summary>
public sealed class CandidateActions
{
    private readonly ConcurrentDictionary<(ExposureTarget Target, string Actions), IReadOnlyList<CandidateAction>> _known = new();

    public IReadOnlyList<CandidateAction> For(ExposureTarget target, PolicyStatement statement)
    {
        var named = statement.NotAction ? [] : statement.Alone.NamedActions;
        var key = (target, statement.NotAction ? "\u0000not" : string.Join('\n', named));
        return _known.GetOrAdd(key, _ => Expand(target, statement.NotAction, named));
    }

    private static List<CandidateAction> Expand(ExposureTarget target, bool notAction, IReadOnlyList<string> named)
    {
        var catalog = ActionCatalog.BuiltIn;
        IEnumerable<IamAction> actions;
        if (notAction) actions = catalog.TryGetService(target.ServicePrefix, out var service) ? service.Actions : [];
        else actions = named.SelectMany(catalog.Expand).Where(a => string.Equals(a.ServicePrefix, target.ServicePrefix, StringComparison.OrdinalIgnoreCase));

        var candidates = new List<CandidateAction>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!seen.Add(action.FullName)) continue;
            var type = target.Types.FirstOrDefault(t => action.ResourceTypes.Any(r => r.Name == t.CatalogName));
            if (type is not null) candidates.Add(new CandidateAction(action, type));
        }

        return candidates;
    }
}
