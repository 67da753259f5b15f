namespace Vigil.Iam.Policies;

/// <summary>Resource or NotResource values: case-sensitive ARN patterns with * and ? and policy variables.</summary>
internal sealed class ResourceMatcher
{
    private readonly Pattern[] _patterns;
    private readonly bool _any;

    public ResourceMatcher(IReadOnlyList<string> resources, bool variables)
    {
        _patterns = new Pattern[resources.Count];
        for (var i = 0; i < resources.Count; i++)
        {
            _patterns[i] = Pattern.CompileArn(resources[i], variables);
            _any |= _patterns[i].IsAny;
        }
    }

    public bool Matches(string resource, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        if (_any) return true;
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(resource, context)) return true;
        }

        return false;
    }
}
