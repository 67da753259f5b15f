using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>Follows an expression's references to the planned resource it names: directly (aws_kms_key.logs.arn),
/// through a module variable to the parent's argument (var.kms_key_arn), or through a child module's output
/// (module.kms.key_arn). Locals and data sources are not followed (the configuration representation omits locals; a
/// data source is not a planned resource).</summary>
internal sealed partial class ReferenceResolver(PlanIndex index)
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> NotResources = new(StringComparer.Ordinal)
    {
        "data", "var", "local", "module", "count", "each", "path", "self", "terraform",
    };

    /// <summary>The planned resource the expression refers to and, when none, the first reference it makes (for the
    /// reason an unknown value is unknown).</summary>
    public (PlanInstance? Target, string? Source) Resolve(JsonElement expression, ConfigModule module, PlanInstance from) =>
        Resolve(expression, module, from.ModuleAddress, from.IndexText, 0);

    /// <summary>Every planned resource a list expression refers to ([aws_security_group.web.id, aws_security_group.db.id]);
    /// a reference to a counted block without an index (aws_subnet.public[*].id) names all its instances, unless the
    /// expression picks one with count.index or each.</summary>
    public IReadOnlyList<PlanInstance> ResolveAll(JsonElement expression, ConfigModule module, PlanInstance from)
    {
        if (expression.ValueKind != JsonValueKind.Object || !expression.TryGetProperty("references", out var references)
            || references.ValueKind != JsonValueKind.Array)
            return [];
        var list = references.EnumerateArray().Select(r => r.GetString() ?? "").ToList();
        var perInstance = list.Any(r => r.StartsWith("count.", StringComparison.Ordinal) || r.StartsWith("each.", StringComparison.Ordinal));
        var targets = new List<PlanInstance>();
        foreach (var reference in list)
        {
            var match = Traversal().Match(reference);
            if (!perInstance && match.Success && !NotResources.Contains(match.Groups["first"].Value) && match.Groups["key"].Length == 0
                && !list.Any(r => r.Length > reference.Length && r.StartsWith(reference + "[", StringComparison.Ordinal)))
            {
                var block = index.OfBlock(module, match.Groups["first"].Value + "." + match.Groups["second"].Value)
                    .Where(c => c.ModuleAddress == from.ModuleAddress).ToList();
                if (block.Count > 0)
                {
                    targets.AddRange(block.Where(b => !targets.Contains(b)));
                    continue;
                }
            }
            if (Follow(reference, module, from.ModuleAddress, from.IndexText, 0).Target is { } target && !targets.Contains(target)) targets.Add(target);
        }
        return targets;
    }

    private (PlanInstance? Target, string? Source) Resolve(JsonElement expression, ConfigModule module, string moduleInstance, string indexText, int depth)
    {
        if (depth > MaxDepth || expression.ValueKind != JsonValueKind.Object || !expression.TryGetProperty("references", out var references)
            || references.ValueKind != JsonValueKind.Array)
            return (null, null);
        string? firstSource = null;
        foreach (var reference in references.EnumerateArray().Select(r => r.GetString() ?? ""))
        {
            var (target, source) = Follow(reference, module, moduleInstance, indexText, depth);
            if (target is not null) return (target, null);
            firstSource ??= source ?? reference;
        }
        return (null, firstSource);
    }

    private (PlanInstance? Target, string? Source) Follow(string reference, ConfigModule module, string moduleInstance, string indexText, int depth)
    {
        var match = Traversal().Match(reference);
        if (!match.Success) return (null, null);
        var first = match.Groups["first"].Value;
        var second = match.Groups["second"].Value;
        if (first == "var")
        {
            if (module.Parent is null || module.CallExpressions is not { } call || !call.TryGetProperty(second, out var argument)) return (null, null);
            var (target, source) = Resolve(argument, module.Parent, ModuleAddress.Parent(moduleInstance), indexText, depth + 1);
            return (target, source ?? reference);
        }
        if (first == "module")
        {
            var output = match.Groups["third"].Value;
            if (!module.Calls.TryGetValue(second, out var child) || !child.Outputs.TryGetValue(output, out var expression)) return (null, null);
            var childInstance = (moduleInstance.Length == 0 ? "" : moduleInstance + ".") + "module." + second + match.Groups["key"].Value;
            var (target, source) = Resolve(expression, child, childInstance, indexText, depth + 1);
            return (target, source ?? reference);
        }
        if (NotResources.Contains(first)) return (null, null);
        var candidates = index.OfBlock(module, first + "." + second).ToList();
        if (candidates.Count == 0) return (null, null);
        var sameModule = candidates.Where(c => c.ModuleAddress == moduleInstance).ToList();
        if (sameModule.Count > 0) candidates = sameModule;
        var key = match.Groups["key"].Value;
        if (key.Length > 0)
        {
            var keyed = candidates.FirstOrDefault(c => "[" + c.IndexText + "]" == key);
            if (keyed is not null) return (keyed, null);
        }
        var sameIndex = candidates.FirstOrDefault(c => c.IndexText == indexText && indexText.Length > 0);
        return (sameIndex ?? candidates[0], null);
    }

    [GeneratedRegex("""^(?<first>[A-Za-z0-9_-]+)\.(?<second>[A-Za-z0-9_-]+)(?<key>\[[^\]]*\])?(\.(?<third>[A-Za-z0-9_-]+))?""")]
    private static partial Regex Traversal();
}
