using System.Text.Json;
using Vigil.Iam.Policies;

namespace Vigil.Iam.Lint;

/// <summary>A statement as compiled (for matching) and as written (for element names, operators and paths).</summary>
internal sealed class LintStatement(Statement compiled, JsonElement element, string path)
{
    public Statement Compiled { get; } = compiled;

    public JsonElement Element { get; } = element;

    /// <summary><c>Statement[i]</c>, or <c>Statement</c> when the document holds a single statement object.</summary>
    public string Path { get; } = path;

    public int Index => Compiled.Index;

    public string? Sid => Compiled.Sid;

    public bool IsAllow => Compiled.IsAllow;

    public bool HasCondition => Compiled.Conditions.Length > 0;

    public string ActionField => Compiled.NotAction ? "NotAction" : "Action";

    public string ResourceField => Compiled.NotResource ? "NotResource" : "Resource";

    public string PrincipalField => Compiled.NotPrincipal ? "NotPrincipal" : "Principal";

    public bool Has(string field) => Element.TryGetProperty(field, out _);

    /// <summary>The path of the <paramref name="index"/>th value of a string-or-array element.</summary>
    public string ValuePath(string field, int index) =>
        Element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Array ? $"{Path}.{field}[{index}]" : $"{Path}.{field}";

    /// <summary>Whether the statement's Action or NotAction element lets <paramref name="action"/> through.</summary>
    public bool CoversAction(string action) => CoversLowerCaseAction(action.ToLowerInvariant());

    public bool CoversLowerCaseAction(string action) => Compiled.Actions.Matches(action, EmptyContext.Instance) != Compiled.NotAction;

    /// <summary>Whether the statement names every resource: Resource "*" or any NotResource.</summary>
    public bool CoversEveryResource => Compiled.NotResource || Compiled.ResourceValues.Contains("*");

    /// <summary>The condition operators and keys as written, with the path of each key.</summary>
    public IEnumerable<(string Operator, string Key, IReadOnlyList<string> Values, string Path)> Conditions
    {
        get
        {
            if (!Element.TryGetProperty("Condition", out var condition) || condition.ValueKind != JsonValueKind.Object) yield break;
            foreach (var op in condition.EnumerateObject())
            {
                if (op.Value.ValueKind != JsonValueKind.Object) continue;
                foreach (var key in op.Value.EnumerateObject())
                {
                    yield return (op.Name, key.Name, Scalars(key.Value), $"{Path}.Condition.{op.Name}.{key.Name}");
                }
            }
        }
    }

    /// <summary>Whether some condition tests <paramref name="key"/> (names are case-insensitive).</summary>
    public bool HasConditionOn(string key) =>
        Compiled.Conditions.Any(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    private static List<string> Scalars(JsonElement value)
    {
        var values = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) values.Add(Scalar(item));
        }
        else values.Add(Scalar(value));

        return values;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
