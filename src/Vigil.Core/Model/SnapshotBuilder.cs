using System.Collections;
using System.Reflection;

namespace Vigil.Core.Model;

/// <summary>Assembles a <see cref="Snapshot"/> resource by resource, for importers, the demo estate and
/// generators. Not thread-safe.</summary>
public sealed class SnapshotBuilder
{
    private static readonly Dictionary<Type, PropertyInfo> ListProperties = typeof(Snapshot)
        .GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        .ToDictionary(p => p.PropertyType.GetGenericArguments()[0]);

    private readonly Dictionary<Type, IList> _lists = [];
    private readonly List<CollectionError> _errors = [];
    private readonly List<string> _regions = [];
    private readonly List<Backup.ProtectedResource> _protectedResources = [];

    public DateTimeOffset? CollectedAt { get; set; }

    public SnapshotBuilder Add<T>(T resource) where T : Resource
    {
        ListOf<T>().Add(resource);
        return this;
    }

    public SnapshotBuilder AddRange<T>(IEnumerable<T> resources) where T : Resource
    {
        ListOf<T>().AddRange(resources);
        return this;
    }

    /// <summary>Replaces the resource with <paramref name="arn"/> by <paramref name="change"/> applied to it.</summary>
    public SnapshotBuilder Update<T>(string arn, Func<T, T> change) where T : Resource
    {
        var list = ListOf<T>();
        var index = list.FindIndex(r => r.Arn == arn);
        if (index < 0) throw new InvalidOperationException($"No {typeof(T).Name} with ARN {arn} to update.");
        list[index] = change(list[index]);
        return this;
    }

    public IReadOnlyList<T> Resources<T>() where T : Resource => ListOf<T>();

    public SnapshotBuilder Error(CollectionError error)
    {
        _errors.Add(error);
        return this;
    }

    /// <summary>Adds AWS Backup's protected-resource records (not resources of their own, so not through <see cref="Add{T}"/>).</summary>
    public SnapshotBuilder ProtectedResources(IEnumerable<Backup.ProtectedResource> records)
    {
        _protectedResources.AddRange(records);
        return this;
    }

    public SnapshotBuilder Region(string region)
    {
        if (!_regions.Contains(region)) _regions.Add(region);
        return this;
    }

    public Snapshot Build()
    {
        var snapshot = new Snapshot
        {
            CollectedAt = CollectedAt, Regions = _regions.ToList(), Errors = _errors.ToList(), BackupProtectedResources = _protectedResources.ToList(),
        };
        foreach (var (type, list) in _lists)
        {
            var copy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type), list)!;
            ListProperties[type].SetValue(snapshot, copy);
        }
        return snapshot;
    }

    private List<T> ListOf<T>() where T : Resource
    {
        if (_lists.TryGetValue(typeof(T), out var list)) return (List<T>)list;
        if (!ListProperties.ContainsKey(typeof(T))) throw new ArgumentException($"{typeof(T).Name} is not a snapshot resource type.");
        var created = new List<T>();
        _lists[typeof(T)] = created;
        return created;
    }
}
