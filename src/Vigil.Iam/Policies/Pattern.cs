namespace Vigil.Iam.Policies;

/// <summary>A wildcard pattern compiled once into the cheapest test that decides it.</summary>
internal sealed class Pattern
{
    private readonly Template _template;
    private readonly PatternKind _kind;
    private readonly string _text;

    private readonly bool _segmented;

    private Pattern(Template template, bool segmented)
    {
        _template = template;
        _segmented = segmented;
        _text = template.Text;
        if (template.HasVariables) _kind = PatternKind.Variable;
        else if (_text.Length == 1 && _text[0] == Glob.Star) _kind = PatternKind.Any;
        else if (_text.AsSpan().IndexOfAny(Glob.Star, Glob.Question) < 0) _kind = PatternKind.Exact;
        else if (_text[^1] == Glob.Star && _text.AsSpan(0, _text.Length - 1).IndexOfAny(Glob.Star, Glob.Question) < 0)
        {
            _kind = PatternKind.Prefix;
            _text = _text[..^1];
        }
        else _kind = segmented && Glob.HasSegmentBoundStar(_text) ? PatternKind.SegmentedGlob : PatternKind.Glob;
    }

    public bool IsAny => _kind == PatternKind.Any;

    public bool IsExact => _kind == PatternKind.Exact;

    public string ExactText => _text;

    public static Pattern Compile(string source, bool variables) => new(Template.Compile(source, wildcards: true, variables), segmented: false);

    /// <summary>A resource ARN pattern: a * inside a segment does not cross colons, and policy variables apply only in
    /// the resource part (after the fifth colon), as the IAM User Guide specifies.</summary>
    public static Pattern CompileArn(string source, bool variables) =>
        new(Template.Compile(source, wildcards: true, variables, variablesFrom: ResourcePartStart(source)), segmented: true);

    private static int ResourcePartStart(string arn)
    {
        var index = -1;
        for (var colon = 0; colon < 5; colon++)
        {
            index = arn.IndexOf(':', index + 1);
            if (index < 0) return 0;
        }
        return index + 1;
    }

    public bool Matches(string value, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        switch (_kind)
        {
            case PatternKind.Any: return true;
            case PatternKind.Exact: return string.Equals(value, _text, StringComparison.Ordinal);
            case PatternKind.Prefix: return value.StartsWith(_text, StringComparison.Ordinal);
            case PatternKind.Glob: return Glob.Matches(_text, value);
            case PatternKind.SegmentedGlob: return Glob.MatchesSegmented(_text, value);
            default:
                var resolved = _template.Resolve(context);
                if (resolved is null) return false;
                return _segmented && Glob.HasSegmentBoundStar(resolved) ? Glob.MatchesSegmented(resolved, value) : Glob.Matches(resolved, value);
        }
    }
}
