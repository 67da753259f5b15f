using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform;

/// <summary>The record properties of one resource that the plan leaves unknown until apply, with the reason each is.</summary>
internal sealed class Unknowns
{
    private readonly List<(string Property, string Reason)> _items = [];

    public IReadOnlyList<(string Property, string Reason)> Items => _items;

    /// <summary>Records <paramref name="property"/> as unknown when <paramref name="value"/> is; returns whether it was.</summary>
    public bool Track(string property, PlanValue value)
    {
        if (!value.IsUnknown) return false;
        Add(property, value.UnknownReason);
        return true;
    }

    public void Add(string property, string reason)
    {
        if (_items.Any(i => i.Property == property)) return;
        _items.Add((property, reason));
    }
}
