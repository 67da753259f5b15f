using System.Text;

namespace Vigil.Iam.Policies;

/// <summary>
/// A policy string compiled once: * and ? become wildcard markers (when wildcards apply), ${key} and ${key, 'default'}
/// become variables (2012-10-17 only), ${*} ${?} ${$} become literal characters.
/// </summary>
internal sealed class Template
{
    private readonly TemplatePart[] _parts;

    private Template(string text, TemplatePart[] parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The compiled text when there are no variables.</summary>
    public string Text { get; }

    public bool HasVariables => _parts.Length > 0;

    /// <param name="variablesFrom">Where variables may start; a ${...} before it is literal text.</param>
    public static Template Compile(string source, bool wildcards, bool variables, int variablesFrom = 0)
    {
        if (!variables || !source.Contains("${", StringComparison.Ordinal)) return new Template(Literal(source, wildcards), []);
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            var close = i >= variablesFrom && source[i] == '$' && i + 1 < source.Length && source[i + 1] == '{' ? source.IndexOf('}', i + 2) : -1;
            if (close < 0)
            {
                literal.Append(Literal(source[i].ToString(), wildcards));
                i++;
                continue;
            }

            var inner = source.AsSpan(i + 2, close - i - 2).Trim();
            i = close + 1;
            if (inner is "*" or "?" or "$")
            {
                literal.Append(inner[0]);
                continue;
            }

            string key;
            string? fallback = null;
            var comma = inner.IndexOf(',');
            if (comma >= 0)
            {
                key = inner[..comma].Trim().ToString();
                var quoted = inner[(comma + 1)..].Trim();
                fallback = quoted.Length >= 2 && quoted[0] == '\'' && quoted[^1] == '\'' ? quoted[1..^1].ToString() : quoted.ToString();
            }
            else
            {
                key = inner.ToString();
            }

            if (literal.Length > 0) parts.Add(new TemplatePart(literal.ToString(), false, null));
            literal.Clear();
            parts.Add(new TemplatePart(key, true, fallback));
        }

        if (parts.Count == 0) return new Template(literal.ToString(), []);
        if (literal.Length > 0) parts.Add(new TemplatePart(literal.ToString(), false, null));
        return new Template(source, [.. parts]);
    }

    /// <summary>The text with variables substituted from the context (values are literal), or null when a variable has no value and no default.</summary>
    public string? Resolve(IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        if (_parts.Length == 0) return Text;
        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            if (!part.IsVariable)
            {
                builder.Append(part.Text);
                continue;
            }

            if (context.TryGetValue(part.Text, out var values) && values.Count == 1) builder.Append(values[0]);
            else if (part.Default is not null) builder.Append(part.Default);
            else return null;
        }

        return builder.ToString();
    }

    private static string Literal(string text, bool wildcards) =>
        wildcards ? text.Replace('*', Glob.Star).Replace('?', Glob.Question) : text;
}
