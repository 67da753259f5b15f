using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>Builds the configuration's module tree and finds the module that declares a module instance.</summary>
internal static class ConfigTree
{
    public static void Fill(ConfigModule module, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) return;
        if (json.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in resources.EnumerateArray())
            {
                if (!resource.TryGetProperty("mode", out var mode) || mode.GetString() != "managed") continue;
                if (!resource.TryGetProperty("type", out var type) || !resource.TryGetProperty("name", out var name)) continue;
                var local = type.GetString() + "." + name.GetString();
                module.ResourceExpressions[local] = resource.TryGetProperty("expressions", out var expressions) ? expressions : default;
                module.ResourceProviderKeys[local] = resource.TryGetProperty("provider_config_key", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null;
            }
        }
        if (json.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Object)
        {
            foreach (var output in outputs.EnumerateObject())
            {
                if (output.Value.TryGetProperty("expression", out var expression)) module.Outputs[output.Name] = expression;
            }
        }
        if (json.TryGetProperty("module_calls", out var calls) && calls.ValueKind == JsonValueKind.Object)
        {
            foreach (var call in calls.EnumerateObject())
            {
                var child = new ConfigModule
                {
                    Parent = module,
                    CallName = call.Name,
                    CallExpressions = call.Value.TryGetProperty("expressions", out var expressions) ? expressions : null,
                };
                module.Calls[call.Name] = child;
                if (call.Value.TryGetProperty("module", out var body)) Fill(child, body);
            }
        }
    }

    /// <summary>The configuration module declaring the resources of a module instance, or null when the plan's
    /// configuration does not describe it.</summary>
    public static ConfigModule? Find(ConfigModule root, string moduleAddress)
    {
        var module = root;
        foreach (var name in ModuleAddress.CallNames(moduleAddress))
        {
            if (!module.Calls.TryGetValue(name, out var child)) return null;
            module = child;
        }
        return module;
    }
}
