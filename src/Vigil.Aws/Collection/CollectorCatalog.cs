using System.Reflection;

namespace Vigil.Aws.Collection;

/// <summary>Every collector in this assembly, found by reflection, in a stable order.</summary>
public static class CollectorCatalog
{
    public static IReadOnlyList<IResourceCollector> All { get; } = typeof(CollectorCatalog).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IResourceCollector).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IResourceCollector)Activator.CreateInstance(t, nonPublic: true)!)
        .ToList();

    /// <summary>The read-only IAM actions every collector calls, sorted and distinct.</summary>
    public static IReadOnlyList<string> Actions => [.. All.SelectMany(c => c.Actions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
