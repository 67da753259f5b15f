namespace Vigil.Iam.Policies;

/// <summary>Resource or NotResource values: case-sensitive ARN patterns with * and ? and policy variables.</summary>
internal sealed class ResourceMatcher
{
    private readonly Pattern[] _patterns;
    private readonly bool _any;
    private readonly List<string> _sources = [];

    public ResourceMatcher(IEnumerable<string> resources, bool variables)
    {
        var patterns = new List<Pattern>();
        foreach (var resource in resources)
        {
            _sources.Add(resource);
            var pattern = Pattern.CompileArn(resource, variables);
            if (pattern.IsAny) _any = true;
            patterns.Add(pattern);
        }

        _patterns = [.. patterns];
    }

    /// <summary>The patterns as written in the policy.</summary>
    public IReadOnlyList<string> Sources => _sources;

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
