using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Diff;

/// <summary>Two scan results compared by finding id. New: only in the new scan. Fixed: only in the old one (the
/// resource or the check's applicability went away). Changed: in both, with another status or severity.
/// A new failure is a new finding that fails, or a finding that changed to fail.</summary>
public sealed record ScanDiff(ScanFindings Old, ScanFindings New, IReadOnlyList<FindingChange> Added, IReadOnlyList<FindingChange> Removed,
    IReadOnlyList<FindingChange> Changed, int Unchanged)
{
    public static ScanDiff Compare(ScanFindings old, ScanFindings current)
    {
        var added = new List<FindingChange>();
        var removed = new List<FindingChange>();
        var changed = new List<FindingChange>();
        var unchanged = 0;
        foreach (var (id, now) in current.ById)
        {
            if (!old.ById.TryGetValue(id, out var before)) added.Add(new FindingChange(id, null, now));
            else if (before.Status != now.Status || before.Severity != now.Severity) changed.Add(new FindingChange(id, before, now));
            else unchanged++;
        }
        foreach (var (id, before) in old.ById)
        {
            if (!current.ById.ContainsKey(id)) removed.Add(new FindingChange(id, before, null));
        }
        return new ScanDiff(old, current, Ordered(added), Ordered(removed), Ordered(changed), unchanged);
    }

    /// <summary>Failures that were not failures before: new failing findings and findings that changed to fail.</summary>
    public IEnumerable<FindingChange> NewFailures =>
        Added.Where(c => c.New!.Status == FindingStatus.Fail)
            .Concat(Changed.Where(c => c.New!.Status == FindingStatus.Fail && c.Old!.Status != FindingStatus.Fail));

    /// <summary>Failures of the old scan that no longer fail: now passing, otherwise changed, or gone.</summary>
    public IEnumerable<FindingChange> ResolvedFailures =>
        Removed.Where(c => c.Old!.Status == FindingStatus.Fail)
            .Concat(Changed.Where(c => c.Old!.Status == FindingStatus.Fail && c.New!.Status != FindingStatus.Fail));

    public bool HasNewFailureAtOrAbove(Severity threshold) => NewFailures.Any(c => c.New!.Severity >= threshold);

    private static List<FindingChange> Ordered(List<FindingChange> changes) =>
        [.. changes.OrderByDescending(c => c.Current.Severity).ThenBy(c => c.Current.CheckId, StringComparer.Ordinal).ThenBy(c => c.Current.ResourceArn, StringComparer.Ordinal)];
}
