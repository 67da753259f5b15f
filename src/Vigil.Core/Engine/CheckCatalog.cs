using System.Reflection;
using Vigil.Core.Checks;

namespace Vigil.Core.Engine;

/// <summary>All checks found by reflection in the given assemblies, ordered by id.</summary>
public sealed class CheckCatalog
{
    private CheckCatalog(IReadOnlyList<ICheck> checks)
    {
        Checks = checks;
    }

    public IReadOnlyList<ICheck> Checks { get; }

    public static CheckCatalog FromAssemblies(params Assembly[] assemblies)
    {
        var checks = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ICheck).IsAssignableFrom(t))
            .Select(t => (ICheck)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.Metadata.Id, StringComparer.Ordinal)
            .ToList();
        return new CheckCatalog(checks);
    }

    public static CheckCatalog Of(IEnumerable<ICheck> checks) =>
        new(checks.OrderBy(c => c.Metadata.Id, StringComparer.Ordinal).ToList());

    public ICheck? Find(string id) => Checks.FirstOrDefault(c => c.Metadata.Id == id);
}
