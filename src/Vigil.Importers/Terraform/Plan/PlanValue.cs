using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>One attribute of a planned resource: its value when known, the resource it references when it is only
/// known after apply, or why it is unknown. <see cref="Path"/> is the attribute path as Terraform writes it
/// (<c>rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id</c>).</summary>
internal readonly record struct PlanValue(PlanValueKind Kind, string Path, JsonElement Element = default, PlanInstance? Referenced = null, string? Source = null, IReadOnlyList<PlanInstance>? AllReferenced = null)
{
    public bool IsKnown => Kind == PlanValueKind.Known;
    public bool IsUnknown => Kind == PlanValueKind.Unknown;
    public bool IsAbsent => Kind == PlanValueKind.Absent;

    public string? String => IsKnown && Element.ValueKind == JsonValueKind.String ? Element.GetString() : IsKnown && Element.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? Element.GetRawText() : null;

    public bool? Bool => IsKnown ? Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(Element.GetString(), out var b) => b,
        _ => null,
    } : null;

    public int? Int => IsKnown ? Element.ValueKind switch
    {
        JsonValueKind.Number when Element.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(Element.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    } : null;

    /// <summary>The known elements of a list or set attribute (empty when absent or unknown).</summary>
    public IReadOnlyList<JsonElement> Items => IsKnown && Element.ValueKind == JsonValueKind.Array ? Element.EnumerateArray().ToList() : [];

    /// <summary>The known strings of a list or set attribute.</summary>
    public IReadOnlyList<string> Strings => Items.Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();

    /// <summary>Why the value is unknown, for the snapshot's error: "kms_key_id is known only after apply (it comes from data.aws_kms_key.rds)".</summary>
    public string UnknownReason => Source is null
        ? $"{Owner}{Path} is known only after apply."
        : $"{Owner}{Path} is known only after apply (it comes from {Source}).";

    /// <summary>The address of the resource the attribute belongs to, with a trailing dot.</summary>
    public string Owner { get; init; } = "";
}
