using System.Collections.Concurrent;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>One <see cref="ActionPrefilter"/> per distinct set of allowed action patterns: action patterns rarely name an
/// account, so the principals of an estate share a few hundred sets and each action is matched once per set.</summary>
internal sealed class ActionPrefilters
{
    private readonly ConcurrentDictionary<string, ActionPrefilter> _byPatterns = new(StringComparer.Ordinal);

    public ActionPrefilter For(IEnumerable<Policy> policies)
    {
        var patterns = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var anything = false;
        foreach (var policy in policies)
        {
            var mentions = PolicyActionMentions.Of(policy);
            anything |= mentions.HasNotActionAllow;
            patterns.UnionWith(mentions.AllowedActionPatterns);
        }
        var key = (anything ? "!" : "") + string.Join('\n', patterns);
        return _byPatterns.GetOrAdd(key, _ => new ActionPrefilter([.. patterns], anything));
    }
}
