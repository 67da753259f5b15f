using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>One planned managed resource instance: its planned values, what is unknown until apply, and its
/// configuration block.</summary>
internal sealed class PlanInstance
{
    public required string Address { get; init; }

    /// <summary>The module instance it belongs to ("module.storage[\"logs\"]"), "" for the root module.</summary>
    public required string ModuleAddress { get; init; }

    public required string Type { get; init; }
    public required string Name { get; init; }

    /// <summary>The count index or for_each key, as JSON; null without count or for_each.</summary>
    public JsonElement? Index { get; init; }

    public required JsonElement Values { get; init; }

    /// <summary>The change's after_unknown: the same shape as the values, true where a value is only known after apply.</summary>
    public JsonElement? AfterUnknown { get; init; }

    /// <summary>The resource's configuration block (null when the plan carries no configuration for it).</summary>
    public ConfigResource? Config { get; init; }

    /// <summary>The address inside its module: TYPE.NAME.</summary>
    public string LocalAddress => Type + "." + Name;

    public string IndexText => Index is { } index ? index.GetRawText() : "";
}
