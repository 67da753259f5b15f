using System.Collections.Concurrent;
using Vigil.Iam.Catalog;

namespace Vigil.Access.Privesc;

/// <summary>Which actions a set of identity policies could allow at all: an action matches an Allow statement's Action
/// pattern, or some Allow statement uses NotAction. Only decides which questions go to the engine. Shared by every
/// principal whose policies name the same patterns (see <see cref="ActionPrefilters"/>).</summary>
internal sealed class ActionPrefilter(string[] patterns, bool anything)
{
    private readonly ConcurrentDictionary<string, bool> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(object List, bool All), bool> _listAnswers = new();

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

    /// <summary>Whether every action of a fixed list may be allowed, remembered per list (by reference).</summary>
    public bool MayAllowAll(IReadOnlyList<string> actions) =>
        anything || _listAnswers.GetOrAdd((actions, true), key => ((IReadOnlyList<string>)key.List).All(MayAllow));

    /// <summary>Whether some action of a fixed list may be allowed, remembered per list (by reference).</summary>
    public bool MayAllowAny(IReadOnlyList<string> actions) =>
        anything || _listAnswers.GetOrAdd((actions, false), key => ((IReadOnlyList<string>)key.List).Any(MayAllow));
}
