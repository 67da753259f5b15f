namespace Vigil.Iam.Policies;

/// <summary>Action or NotAction values: exact names in a hash set, wildcard patterns tried in turn; all lower case.</summary>
internal sealed class ActionMatcher
{
    private SmallStringSet _exact = new(StringComparer.Ordinal);
    private readonly Pattern[] _patterns;
    private readonly bool _any;

    public ActionMatcher(IReadOnlyList<string> actions)
    {
        List<Pattern>? patterns = null;
        for (var i = 0; i < actions.Count; i++)
        {
            var pattern = Pattern.Compile(actions[i].ToLowerInvariant(), variables: false);
            if (pattern.IsAny) _any = true;
            else if (pattern.IsExact) _exact.Add(pattern.ExactText);
            else (patterns ??= []).Add(pattern);
        }

        _patterns = patterns is null ? [] : [.. patterns];
    }

    public bool Matches(string lowerCaseAction, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        if (_any || _exact.Contains(lowerCaseAction)) return true;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(lowerCaseAction, context)) return true;
        }

        return false;
    }
}
