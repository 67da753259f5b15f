using Vigil.Iam;
using Vigil.Iam.Catalog;

namespace Vigil.Access.Privesc;

/// <summary>Which actions a principal's identity policies could allow at all: an action matches an Allow statement's
/// Action pattern, or some Allow statement uses NotAction. Only decides which questions go to the engine.</summary>
internal sealed class ActionPrefilter
{
    private readonly string[] _patterns;
    private readonly bool _anything;
    private readonly Dictionary<string, bool> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public ActionPrefilter(IEnumerable<Policy> policies)
    {
        var patterns = new List<string>();
        foreach (var policy in policies)
        {
            var mentions = PolicyActionMentions.Of(policy);
            _anything |= mentions.HasNotActionAllow;
            patterns.AddRange(mentions.AllowedActionPatterns);
        }
        _patterns = [.. patterns.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public bool MayAllow(string action)
    {
        if (_anything) return true;
        lock (_lock)
        {
            if (_answers.TryGetValue(action, out var known)) return known;
            var answer = _patterns.Any(p => CatalogWildcard.IsMatch(p, action));
            _answers[action] = answer;
            return answer;
        }
    }

    public bool MayAllowAll(IEnumerable<string> actions) => actions.All(MayAllow);

    public bool MayAllowAny(IEnumerable<string> actions) => actions.Any(MayAllow);
}
