using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>Reads one attribute of a planned instance. A value the plan records is known. A value after_unknown marks
/// is, when the configuration sets it, a reference to the planned resource its expression names or else unknown;
/// when the configuration does not set it, the provider computes it and AWS's default applies (absent).</summary>
internal sealed class AttributeReader(ReferenceResolver resolver)
{
    public PlanValue Read(PlanInstance instance, string path) => ReadValue(instance, path) with { Owner = instance.Address + "." };

    private PlanValue ReadValue(PlanInstance instance, string path)
    {
        var steps = AttributePath.Steps(path);
        var value = Navigate(instance.Values, steps);
        if (value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } known)
            return new PlanValue(PlanValueKind.Known, path, known);
        if (!IsUnknown(instance.AfterUnknown, steps)) return new PlanValue(PlanValueKind.Absent, path);
        if (instance.Config is not { } config || ExpressionAt(config.Expressions, steps) is not { } expression)
            return new PlanValue(PlanValueKind.Absent, path);
        if (!IsLeaf(expression)) return new PlanValue(PlanValueKind.Unknown, path, Source: FirstReference(expression));
        var (target, source) = resolver.Resolve(expression, config.Module, instance);
        return target is not null
            ? new PlanValue(PlanValueKind.Reference, path, Referenced: target, AllReferenced: resolver.ResolveAll(expression, config.Module, instance))
            : new PlanValue(PlanValueKind.Unknown, path, Source: source);
    }

    private static JsonElement? Navigate(JsonElement element, IReadOnlyList<object> steps)
    {
        var current = element;
        foreach (var step in steps)
        {
            switch (step)
            {
                case string name when current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child):
                    current = child;
                    break;
                case int i when current.ValueKind == JsonValueKind.Array && i < current.GetArrayLength():
                    current = current[i];
                    break;
                default:
                    return null;
            }
        }
        return current;
    }

    private static bool IsUnknown(JsonElement? afterUnknown, IReadOnlyList<object> steps)
    {
        if (afterUnknown is not { } current) return false;
        foreach (var step in steps)
        {
            if (current.ValueKind == JsonValueKind.True) return true;
            var next = Navigate(current, [step]);
            if (next is not { } child) return false;
            current = child;
        }
        return current.ValueKind == JsonValueKind.True;
    }

    /// <summary>The expression that sets the attribute: nested blocks are arrays (list/set nesting) or objects
    /// (single nesting, where index 0 stays on the object).</summary>
    private static JsonElement? ExpressionAt(JsonElement expressions, IReadOnlyList<object> steps)
    {
        var current = expressions;
        foreach (var step in steps)
        {
            switch (step)
            {
                case string name when current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child):
                    current = child;
                    break;
                case int i when current.ValueKind == JsonValueKind.Array && i < current.GetArrayLength():
                    current = current[i];
                    break;
                case 0 when current.ValueKind == JsonValueKind.Object:
                    break;
                default:
                    return null;
            }
        }
        return current.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? current : null;
    }

    private static bool IsLeaf(JsonElement expression) =>
        expression.ValueKind == JsonValueKind.Object && (expression.TryGetProperty("references", out _) || expression.TryGetProperty("constant_value", out _));

    /// <summary>The first reference inside nested block expressions, naming where an unknown block comes from.</summary>
    private static string? FirstReference(JsonElement expression)
    {
        if (expression.ValueKind == JsonValueKind.Array) return expression.EnumerateArray().Select(FirstReference).FirstOrDefault(r => r is not null);
        if (expression.ValueKind != JsonValueKind.Object) return null;
        if (expression.TryGetProperty("references", out var references) && references.ValueKind == JsonValueKind.Array && references.GetArrayLength() > 0)
            return references[0].GetString();
        return expression.EnumerateObject().Select(p => FirstReference(p.Value)).FirstOrDefault(r => r is not null);
    }
}
