using System.Collections.Concurrent;
using System.Text.Json;
using Vigil.Iam;

namespace Vigil.Access.Exposure;

/// <summary>Compiles each distinct policy text once per analysis (trust policies and templated policies repeat), whole
/// and statement by statement; the statement texts come from the document's own JSON, compiled by the IAM engine.</summary>
public sealed class ResourcePolicyCompiler
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledResourcePolicy>> _compiled = new(StringComparer.Ordinal);

    public CompiledResourcePolicy Compile(string document) =>
        _compiled.GetOrAdd(document, text => new Lazy<CompiledResourcePolicy>(() => CompileNow(text))).Value;

    private static CompiledResourcePolicy CompileNow(string document)
    {
        Policy whole;
        try
        {
            whole = Policy.Parse(document, "policy");
        }
        catch (PolicyParseException e)
        {
            return new CompiledResourcePolicy(null, [], e.Message);
        }

        using var json = JsonDocument.Parse(document);
        var root = json.RootElement;
        var version = root.TryGetProperty("Version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "2012-10-17";
        if (!root.TryGetProperty("Statement", out var statementElement)) return new CompiledResourcePolicy(whole, [], null);
        var elements = statementElement.ValueKind == JsonValueKind.Array ? statementElement.EnumerateArray().ToList() : [statementElement];
        var statements = new List<PolicyStatement>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var alone = Policy.Parse($$"""{"Version":{{JsonSerializer.Serialize(version)}},"Statement":[{{element.GetRawText()}}]}""", $"statement {i + 1}");
            var sid = element.TryGetProperty("Sid", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var isAllow = element.TryGetProperty("Effect", out var effect) && effect.ValueKind == JsonValueKind.String && effect.GetString() == "Allow";
            var label = (isAllow ? "Allow" : "Deny") + (sid is { Length: > 0 } ? $" '{sid}'" : $" #{i + 1}");
            statements.Add(new PolicyStatement(i, label, isAllow, element.TryGetProperty("NotPrincipal", out _), element.TryGetProperty("NotAction", out _),
                alone, ConditionsOf(element, label)));
        }

        return new CompiledResourcePolicy(whole, statements, null);
    }

    private static List<ExposureCondition> ConditionsOf(JsonElement statement, string label)
    {
        var conditions = new List<ExposureCondition>();
        if (!statement.TryGetProperty("Condition", out var block) || block.ValueKind != JsonValueKind.Object) return conditions;
        foreach (var op in block.EnumerateObject())
        {
            if (op.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var key in op.Value.EnumerateObject())
            {
                var values = key.Value.ValueKind == JsonValueKind.Array
                    ? key.Value.EnumerateArray().Select(Text).ToList()
                    : [Text(key.Value)];
                conditions.Add(new ExposureCondition(label, op.Name, key.Name, values));
            }
        }

        return conditions;
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
