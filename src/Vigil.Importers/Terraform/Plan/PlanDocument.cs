using System.Text.Json;
using Vigil.Core;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>The parts of <c>terraform show -json PLAN</c> the importer reads: the planned managed resource instances
/// (planned_values, minus deletions of resource_changes, with their after_unknown), the configuration tree
/// (module calls, resource expressions, outputs) and the region of each provider configuration. prior_state is not read.</summary>
internal sealed class PlanDocument
{
    private PlanDocument(IReadOnlyList<PlanInstance> instances, ConfigModule root, IReadOnlyDictionary<string, string> providerRegions)
    {
        Instances = instances;
        Root = root;
        ProviderRegions = providerRegions;
    }

    public IReadOnlyList<PlanInstance> Instances { get; }
    public ConfigModule Root { get; }

    /// <summary>provider_config_key → the region its configuration sets as a constant.</summary>
    public IReadOnlyDictionary<string, string> ProviderRegions { get; }

    public static PlanDocument Read(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new VigilInputException($"{path}:1: not a Terraform plan: the JSON is not an object.");
        if (!root.TryGetProperty("planned_values", out var planned))
        {
            if (root.TryGetProperty("values", out _) || root.TryGetProperty("terraform_version", out _))
                throw new VigilInputException($"{path}: this is the JSON of a Terraform state, not of a plan (it has no planned_values); run `terraform plan -out plan.out` and `terraform show -json plan.out`.");
            throw new VigilInputException($"{path}: not a Terraform plan: no planned_values (expected the output of `terraform show -json plan.out`).");
        }
        if (root.TryGetProperty("format_version", out var version) && version.ValueKind == JsonValueKind.String
            && !(version.GetString() ?? "").StartsWith("1.", StringComparison.Ordinal))
            throw new VigilInputException($"{path}: unsupported plan format_version {version.GetString()}; Vigil reads format 1.x.");

        var configRoot = new ConfigModule();
        var providerRegions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("configuration", out var configuration) && configuration.ValueKind == JsonValueKind.Object)
        {
            if (configuration.TryGetProperty("root_module", out var rootModule)) ConfigTree.Fill(configRoot, rootModule);
            if (configuration.TryGetProperty("provider_config", out var providers)) ReadProviderRegions(providers, providerRegions);
        }

        var changes = Changes(root);
        var instances = new List<PlanInstance>();
        if (planned.TryGetProperty("root_module", out var plannedRoot)) Collect(plannedRoot, "", changes, configRoot, instances);
        return new PlanDocument(instances, configRoot, providerRegions);
    }

    private static Dictionary<string, JsonElement> Changes(JsonElement root)
    {
        var changes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty("resource_changes", out var list) || list.ValueKind != JsonValueKind.Array) return changes;
        foreach (var change in list.EnumerateArray())
        {
            if (change.TryGetProperty("deposed", out _)) continue;
            if (change.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.String
                && change.TryGetProperty("change", out var body))
                changes[address.GetString()!] = body;
        }
        return changes;
    }

    private static void Collect(JsonElement module, string moduleAddress, Dictionary<string, JsonElement> changes, ConfigModule configRoot, List<PlanInstance> instances)
    {
        if (module.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            var config = ConfigTree.Find(configRoot, moduleAddress);
            foreach (var resource in resources.EnumerateArray())
            {
                if (Text(resource, "mode") != "managed") continue;
                var address = Text(resource, "address");
                var type = Text(resource, "type");
                var name = Text(resource, "name");
                if (address is null || type is null || name is null) continue;
                JsonElement? afterUnknown = null;
                if (changes.TryGetValue(address, out var change))
                {
                    if (IsDeletion(change)) continue;
                    if (change.TryGetProperty("after_unknown", out var unknown)) afterUnknown = unknown;
                }
                var local = type + "." + name;
                ConfigResource? configResource = config is not null && config.ResourceExpressions.TryGetValue(local, out var expressions)
                    ? new ConfigResource(config, expressions, config.ResourceProviderKeys.GetValueOrDefault(local))
                    : null;
                instances.Add(new PlanInstance
                {
                    Address = address,
                    ModuleAddress = moduleAddress,
                    Type = type,
                    Name = name,
                    Index = resource.TryGetProperty("index", out var index) ? index.Clone() : null,
                    Values = resource.TryGetProperty("values", out var values) ? values : default,
                    AfterUnknown = afterUnknown,
                    Config = configResource,
                });
            }
        }
        if (module.TryGetProperty("child_modules", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                if (Text(child, "address") is { } childAddress) Collect(child, childAddress, changes, configRoot, instances);
            }
        }
    }

    private static bool IsDeletion(JsonElement change) =>
        change.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array
        && actions.EnumerateArray().Any(a => a.GetString() == "delete")
        && !actions.EnumerateArray().Any(a => a.GetString() == "create");

    private static void ReadProviderRegions(JsonElement providers, Dictionary<string, string> regions)
    {
        if (providers.ValueKind != JsonValueKind.Object) return;
        foreach (var provider in providers.EnumerateObject())
        {
            if (provider.Value.TryGetProperty("expressions", out var expressions)
                && expressions.TryGetProperty("region", out var region)
                && region.TryGetProperty("constant_value", out var constant)
                && constant.ValueKind == JsonValueKind.String)
                regions[provider.Name] = constant.GetString()!;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
