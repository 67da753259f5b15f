using Vigil.Core.Model;

namespace Vigil.Core.Checks;

/// <summary>What a check may consult besides its resource: the whole snapshot (through cached lookups),
/// the evaluation time and the configured thresholds.</summary>
public sealed class CheckContext
{
    public CheckContext(Snapshot snapshot, DateTimeOffset now, CheckSettings settings)
    {
        Snapshot = snapshot;
        Now = now;
        Settings = settings;
        Index = new SnapshotIndex(snapshot);
    }

    public Snapshot Snapshot { get; }

    /// <summary>The moment the state is judged at: the snapshot's collection time when it has one.</summary>
    public DateTimeOffset Now { get; }

    public CheckSettings Settings { get; }

    public SnapshotIndex Index { get; }

    /// <summary>Whole days from <paramref name="since"/> to <see cref="Now"/>.</summary>
    public int DaysSince(DateTimeOffset since) => (int)Math.Floor((Now - since).TotalDays);
}
