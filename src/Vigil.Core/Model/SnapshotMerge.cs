using System.Reflection;

namespace Vigil.Core.Model;

/// <summary>Combines snapshots from several inputs into one by concatenating every list.</summary>
public static class SnapshotMerge
{
    private static readonly PropertyInfo[] ListProperties = typeof(Snapshot)
        .GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        .ToArray();

    public static Snapshot Merge(IReadOnlyList<Snapshot> snapshots)
    {
        if (snapshots.Count == 1) return snapshots[0];
        var merged = new Snapshot
        {
            CollectedAt = snapshots.Select(s => s.CollectedAt).Where(t => t is not null).DefaultIfEmpty(null).Max(),
        };
        foreach (var property in ListProperties)
        {
            var elementType = property.PropertyType.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var snapshot in snapshots)
            {
                foreach (var item in (System.Collections.IEnumerable)property.GetValue(snapshot)!)
                {
                    if (elementType == typeof(string) && list.Contains(item)) continue;
                    list.Add(item);
                }
            }
            property.SetValue(merged, list);
        }
        return merged;
    }
}
