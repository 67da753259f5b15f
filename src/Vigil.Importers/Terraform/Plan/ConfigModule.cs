using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>A module of the configuration: its resource blocks, its outputs, the module calls it makes and, for a
/// child module, the expressions its parent passes to its variables.</summary>
internal sealed class ConfigModule
{
    public ConfigModule? Parent { get; init; }

    /// <summary>The call name in the parent ("storage" for module.storage); null for the root module.</summary>
    public string? CallName { get; init; }

    /// <summary>The module call's argument expressions in the parent (its variables' values).</summary>
    public JsonElement? CallExpressions { get; init; }

    public Dictionary<string, JsonElement> ResourceExpressions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> ResourceProviderKeys { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonElement> Outputs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ConfigModule> Calls { get; } = new(StringComparer.Ordinal);

    /// <summary>"module.a.module.b" without instance keys; "" for the root.</summary>
    public string Key => Parent is null ? "" : (Parent.Key.Length == 0 ? "" : Parent.Key + ".") + "module." + CallName;
}
