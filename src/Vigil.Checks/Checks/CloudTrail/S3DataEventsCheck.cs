using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

/// <summary>Some logging multi-region trail of the account records S3 object-level events (reads or writes) for every bucket.</summary>
internal abstract class S3DataEventsCheck : AccountCheck
{
    /// <summary>True for read events (GetObject, ...), false for write events (PutObject, DeleteObject, ...).</summary>
    protected abstract bool ReadEvents { get; }

    private string Kind => ReadEvents ? "read" : "write";

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(Trail)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var trails = TrailFacts.Covering(account, context).Where(TrailFacts.IsMultiRegionLogging).ToList();
        var recording = trails.FirstOrDefault(t => TrailFacts.RecordsS3DataEventsForAllBuckets(t, ReadEvents));
        if (recording is not null)
            return Pass($"Trail {recording.Name} records S3 object-level {Kind} events for every bucket in account {account.AccountId}.");
        var unknown = trails.FirstOrDefault(t => t.Unreadable.Contains("EventSelectors", StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
            return CheckOutcome.Error($"The event selectors of trail {unknown.Name} in account {account.AccountId} were not collected.");
        return Fail(trails.Count == 0
            ? $"Account {account.AccountId} has no logging multi-region trail, so S3 object-level {Kind} events are not recorded."
            : $"No logging multi-region trail of account {account.AccountId} records S3 object-level {Kind} events for all buckets.");
    }
}
