using System.Collections.Concurrent;
using Vigil.Iam.Catalog;

namespace Vigil.Access.Privesc;

/// <summary>Which actions a set of identity policies could allow at all: an action matches an Allow statement's Action
/// pattern, or some Allow statement uses NotAction. Only decides which questions go to the engine. Shared by every
/// principal whose policies name the same patterns (see <see cref="ActionPrefilters"/>).</summary>
internal sealed class ActionPrefilter(string[] patterns, bool anything)
{
    private readonly ConcurrentDictionary<string, bool> _answers = new(StringComparer.OrdinalIgnoreCase);

    public bool MayAllow(string action)
    {
        if (anything) return true;
        if (_answers.TryGetValue(action, out var known)) return known;
        var answer = Matches(action);
        _answers.TryAdd(action, answer);
        return answer;
    }

    private bool Matches(string action)
    {
        foreach (var pattern in patterns)
        {
            if (CatalogWildcard.IsMatch(pattern, action)) return true;
        }
        return false;
    }

    public bool MayAllowAll(IEnumerable<string> actions) => actions.All(MayAllow);

    public bool MayAllowAny(IEnumerable<string> actions) => actions.Any(MayAllow);
}
