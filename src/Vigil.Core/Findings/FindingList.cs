using System.Collections;
using Vigil.Core.Checks;

namespace Vigil.Core.Findings;

/// <summary>The findings of a scan, stored as one array of plain entries and handed out as <see cref="Finding"/>
/// objects when read. A large scan holds millions of findings; as objects they would be copied by every young
/// collection that finds them alive and traced by every full one.</summary>
public sealed class FindingList : IReadOnlyList<Finding>
{
    private readonly IReadOnlyList<ICheck> _checks;
    private readonly FindingEntry[] _entries;

    internal FindingList(IReadOnlyList<ICheck> checks, FindingEntry[] entries, int count)
    {
        _checks = checks;
        _entries = entries;
        Count = count;
    }

    public int Count { get; }

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var entry = _entries[index];
            return new Finding(_checks[entry.Check], entry.Resource, entry.Status, entry.Detail);
        }
    }

    /// <summary>The status of the finding at <paramref name="index"/>, without building the finding.</summary>
    public FindingStatus StatusAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return _entries[index].Status;
    }

    /// <summary>This list with each finding replaced by <paramref name="change"/> of it (in parallel); findings the
    /// change returns unchanged stay as they are.</summary>
    public FindingList Select(Func<Finding, Finding> change)
    {
        var entries = new FindingEntry[Count];
        Parallel.For(0, Count, i =>
        {
            var entry = _entries[i];
            var finding = new Finding(_checks[entry.Check], entry.Resource, entry.Status, entry.Detail);
            var changed = change(finding);
            entries[i] = ReferenceEquals(changed, finding) ? entry : new FindingEntry(changed.Resource, changed.Detail, entry.Check, changed.Status);
        });
        return new FindingList(_checks, entries, Count);
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
