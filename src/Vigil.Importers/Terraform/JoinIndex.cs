using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform;

/// <summary>The instances of one joining resource type by what their target attribute names: the planned resource it
/// refers to, or its known string value.</summary>
internal sealed class JoinIndex
{
    private readonly Dictionary<PlanInstance, List<PlanInstance>> _byReference = [];
    private readonly Dictionary<string, List<PlanInstance>> _byValue = new(StringComparer.Ordinal);

    public static JoinIndex Build(IEnumerable<PlanInstance> instances, string attribute, AttributeReader reader)
    {
        var index = new JoinIndex();
        foreach (var instance in instances)
        {
            var value = reader.Read(instance, attribute);
            if (value.Referenced is { } target) Add(index._byReference, target, instance);
            else if (value.String is { } known) Add(index._byValue, known, instance);
        }
        return index;
    }

    /// <summary>The instances joined to <paramref name="target"/>: those referring to it, then those naming it, each once.</summary>
    public IEnumerable<PlanInstance> To(PlanInstance target, IEnumerable<string?> names)
    {
        var joined = new List<PlanInstance>(_byReference.GetValueOrDefault(target) ?? []);
        foreach (var name in names.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (_byValue.TryGetValue(name, out var byName)) joined.AddRange(byName.Where(i => !joined.Contains(i)));
        }
        return joined;
    }

    private static void Add<TKey>(Dictionary<TKey, List<PlanInstance>> map, TKey key, PlanInstance instance) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(instance);
    }
}
